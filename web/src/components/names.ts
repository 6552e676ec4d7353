import { useMemo } from 'preact/hooks';
import { useApi } from '../api.js';
import type { MemberRow } from '../types.js';

/** Every party to the treaty (loaded once per page) and a code → name map for labels. */
export function useMembers(): { members: readonly MemberRow[] | undefined; names: ReadonlyMap<string, string> } {
  const { data } = useApi<{ members: MemberRow[] }>('/api/members');
  const names = useMemo(() => new Map([...(data?.members ?? []).map((m) => [m.code, m.name] as const), ['CSTO', 'CSTO'] as const]), [data]);
  return { members: data?.members, names };
}
