import { useMemo } from 'preact/hooks';
import { useApi } from '../api.js';
import type { MemberRow, Meta } from '../types.js';

/** Every party to the treaty (loaded once per page) and a code → name map for labels (the alliance by its code). */
export function useMembers(meta: Meta): { members: readonly MemberRow[] | undefined; names: ReadonlyMap<string, string> } {
  const { data } = useApi<{ members: MemberRow[] }>('/api/members');
  const own = meta.alliance.code;
  const names = useMemo(() => new Map([...(data?.members ?? []).map((m) => [m.code, m.name] as const), [own, own] as const]), [data, own]);
  return { members: data?.members, names };
}
