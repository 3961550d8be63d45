import { describe, expect, it } from 'vitest';
import { funnelPath, impactPath, isBreakdown, percentOf } from './insights';

describe('insights paths', () => {
  it('builds the funnel and impact queries', () => {
    expect(funnelPath({ sportelloId: 'abc', from: '2026-01-01', to: '2026-03-31', by: 'area' })).toBe('/api/insights/funnel?sportelloId=abc&from=2026-01-01&to=2026-03-31&by=area');
    expect(funnelPath({ sportelloId: null, by: 'none' })).toBe('/api/insights/funnel?');
    expect(impactPath({ sportelloId: 'abc', to: '2026-03-31' })).toBe('/api/insights/impact?sportelloId=abc&to=2026-03-31');
  });
  it('reads breakdowns and shares', () => {
    expect(isBreakdown('angel')).toBe(true);
    expect(isBreakdown('colour')).toBe(false);
    expect(percentOf(0.4567)).toBe(45.7);
    expect(percentOf(null)).toBe(0);
  });
});
