import { useParams, useSearchParams } from 'react-router-dom';
import { isBreakdown, type TFunnelBreakdown, type TInsightsQuery } from '../api/insights';

/** The scope (route's :id, or the network on /rete/…), period and breakdown the address holds. */
export function useInsightsQuery(): { query: TInsightsQuery; base: string; set: (next: { from: string; to: string; by?: TFunnelBreakdown }) => void } {
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const by = params.get('by') ?? undefined;
  const query: TInsightsQuery = {
    sportelloId: id ?? null,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    by: by && isBreakdown(by) ? by : 'none',
  };
  const set = (next: { from: string; to: string; by?: TFunnelBreakdown }) => {
    const p = new URLSearchParams({ from: next.from, to: next.to });
    if (next.by && next.by !== 'none') p.set('by', next.by);
    setParams(p);
  };
  return { query, base: id ? `/sportelli/${id}` : '/rete', set };
}
