import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useApi } from './api.js';
import { ErrorNote, Loading } from './components/notes.js';
import { Overview } from './pages/overview.js';
import { useChangeCount } from './live.js';
import { useRoute, type Route } from './router.js';
import { FreshnessBar } from './components/freshness.js';
import type { Meta } from './types.js';

type PageProps = { meta: Meta; route: Route };

// Overview is in the first load; the other pages arrive when first visited, keeping the first load small.
const PAGES: readonly { id: string; title: string; load: () => Promise<ComponentType<PageProps>> }[] = [
  {
    id: 'overview',
    title: 'Overview',
    load:
      async () =>
      ({ meta, route }: PageProps) => <Overview key={route.params.toString()} params={route.params} meta={meta} />,
  },
  {
    id: 'timeline',
    title: 'Timeline',
    load: async () => {
      const { Timeline } = await import('./pages/timeline.js');
      return ({ meta, route }: PageProps) => <Timeline key={route.params.toString()} params={route.params} meta={meta} />;
    },
  },
  {
    id: 'member',
    title: 'Members',
    load: async () => {
      const { MemberPage } = await import('./pages/member.js');
      return ({ meta, route }: PageProps) => (
        <MemberPage key={`${route.arg ?? ''}?${route.params.toString()}`} code={route.arg} params={route.params} meta={meta} />
      );
    },
  },
  {
    id: 'crisis',
    title: 'Crisis desk',
    load: async () => {
      const { Crisis } = await import('./pages/crisis.js');
      return ({ meta, route }: PageProps) => <Crisis key={route.params.toString()} params={route.params} meta={meta} />;
    },
  },
  {
    id: 'scenarios',
    title: 'Scenarios',
    load: async () => {
      const { Scenarios } = await import('./pages/scenarios.js');
      return ({ meta, route }: PageProps) => <Scenarios key={route.params.toString()} params={route.params} meta={meta} />;
    },
  },
  {
    id: 'review',
    title: 'Review',
    load: async () => {
      const { Review } = await import('./pages/review.js');
      return ({ meta, route }: PageProps) => <Review meta={meta} selected={route.arg} params={route.params} />;
    },
  },
  {
    id: 'feeds',
    title: 'Feeds',
    load: async () => {
      const { Feeds } = await import('./pages/feeds.js');
      return ({ meta }: PageProps) => <Feeds meta={meta} />;
    },
  },
];

function usePage(id: string): ComponentType<PageProps> | undefined | null {
  const [page, setPage] = useState<{ id: string; c: ComponentType<PageProps> } | null>();
  useEffect(() => {
    const entry = PAGES.find((p) => p.id === id);
    if (!entry) return setPage(null);
    let live = true;
    void entry.load().then((c) => live && setPage({ id, c }));
    return () => {
      live = false;
    };
  }, [id]);
  if (page === null) return null;
  return page?.id === id ? page.c : undefined;
}

/** The dashboard: a skip link, the navigation, and the page the URL hash names. */
export function App() {
  const route = useRoute();
  // Asked again on every page change and after every change this page makes, so the freshness line,
  // the count to review and the footer's event count stay current.
  const changes = useChangeCount();
  const meta = useApi<Meta>(`/api/meta?page=${encodeURIComponent(route.page)}`, changes);
  const Page = usePage(route.page);
  const title = PAGES.find((p) => p.id === route.page)?.title ?? 'Not found';
  useEffect(() => {
    document.title = `${title} · bloc`;
  }, [title]);

  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="#/">
          bloc <span>CSTO</span>
        </a>
        <nav aria-label="Pages">
          {PAGES.map((p) => (
            <a key={p.id} href={`#/${p.id}`} aria-current={route.page === p.id ? 'page' : undefined}>
              {p.title}
            </a>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {meta.data && <FreshnessBar meta={meta.data} />}
        {meta.error ? (
          <ErrorNote error={meta.error} what="Server" />
        ) : !meta.data || Page === undefined ? (
          <Loading />
        ) : Page === null ? (
          <p class="note">No such page.</p>
        ) : (
          <Page meta={meta.data} route={route} />
        )}
      </main>
      <footer>
        {meta.data && (
          <p>
            Data pack {meta.data.pack?.version ?? '?'}, curated to {meta.data.pack?.curated_to ?? '?'} · latest event{' '}
            {meta.data.freshness.latest_event?.date ?? 'none'} · <span data-testid="event-total">{meta.data.events} events</span> ·{' '}
            <a href="/api/openapi.json">API</a>
          </p>
        )}
      </footer>
    </>
  );
}
