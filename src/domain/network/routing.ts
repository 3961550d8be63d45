/**
 * Finds the sportello that serves a comune: the one whose provinces include the
 * comune's province. Returns undefined when no sportello serves it yet.
 *
 * @example routeToSportello('098', [{ sportelloId: 's1', provinceCode: '098' }]) // 's1'
 */
export function routeToSportello(
  provinceCode: string,
  coverage: ReadonlyArray<{ sportelloId: string; provinceCode: string }>,
): string | undefined {
  return coverage.find((c) => c.provinceCode === provinceCode)?.sportelloId;
}
