import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { formatDate } from '../../../lib/format';
import { RequireSignIn } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { bucketOf, makeBuckets, rangeLabel, type TBucket } from '../api/scale';
import { isTerritoryFigure, provinceListsPath, TERRITORY_FIGURES, territoryPath, type TProvinceFigures, type TProvinceLists, type TSportelloTotals, type TTerritory, type TTerritoryFigure } from '../api/territory';
import { loadProvinceShapes, type TShapes } from './province-shapes';

/** Fill of the provinces whose figures the viewer sees only as their sportello's totals. */
const OTHER_FILL = 'url(#territory-other)';

/** /territorio: the provinces on a map of Italy, coloured by a chosen figure, with the same figures in a table. */
export default function TerritoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('territory.title'));
  return <RequireSignIn fallback={<Loading />}>{() => <Territory />}</RequireSignIn>;
}

function Territory() {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } = useApi<TTerritory>(territoryPath);
  return (
    <section className="page territory" aria-labelledby="territory-title">
      <h1 id="territory-title">{t('territory.title')}</h1>
      {isLoading && !data ? <Loading /> : null}
      {error && (error.status === 403 || error.status === 404) ? (
        <p className="notice notice-info">{t('territory.forbidden')}</p>
      ) : error ? (
        <ErrorNotice message={error.detail} onRetry={reload} />
      ) : null}
      {data ? <TerritoryView data={data} /> : null}
    </section>
  );
}

/** A province as the map, the panel and the table know it: in full, or through its sportello's totals. */
type TPlace = { code: string; name: string; own: TProvinceFigures | null; sportello: TSportelloTotals | null };

function TerritoryView({ data }: { data: TTerritory }) {
  const { t } = useTranslation();
  const [figure, setFigure] = useState<TTerritoryFigure>('openRequests');
  const [selected, setSelected] = useState<string | null>(null);
  const [shapes, setShapes] = useState<TShapes>();
  const [shapesFailed, setShapesFailed] = useState(false);
  const panelHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let alive = true;
    loadProvinceShapes().then(
      (s) => alive && setShapes(s),
      () => alive && setShapesFailed(true),
    );
    return () => {
      alive = false;
    };
  }, []);

  const places = useMemo(() => {
    const own = new Map(data.provinces.map((p) => [p.code, p]));
    const bySportello = new Map<string, TSportelloTotals>();
    for (const s of data.sportelli) for (const code of s.provinceCodes) bySportello.set(code, s);
    const names = new Map(data.provinces.map((p) => [p.code, p.name]));
    for (const shape of shapes?.provinces ?? []) if (!names.has(shape.code)) names.set(shape.code, shape.name);
    const all = new Set([...names.keys(), ...bySportello.keys()]);
    return new Map(
      [...all].map((code) => [code, { code, name: names.get(code) ?? code, own: own.get(code) ?? null, sportello: bySportello.get(code) ?? null } satisfies TPlace]),
    );
  }, [data, shapes]);

  const buckets = useMemo(() => makeBuckets(data.provinces.map((p) => p[figure])), [data, figure]);
  const sortedOwn = useMemo(() => [...data.provinces].sort((a, b) => a.name.localeCompare(b.name, 'it')), [data]);
  const place = selected ? places.get(selected) : undefined;
  const hasOthers = data.sportelli.some((s) => !s.isDetailed);

  const label = (p: TPlace) =>
    p.own ? `${p.name}: ${t(`territory.count.${figure}`, { count: p.own[figure] })}` : t('territory.otherLabel', { name: p.name, sportello: p.sportello?.name ?? t('territory.noSportello') });

  const open = (code: string) => {
    setSelected(code);
    window.requestAnimationFrame(() => panelHeading.current?.focus());
  };

  return (
    <>
      <p className="lead">{t(data.scope === 'network' ? 'territory.introNetwork' : 'territory.introSportello')}</p>
      <div className="field territory-figure">
        <label htmlFor="territory-figure">{t('territory.figureLabel')}</label>
        <select id="territory-figure" value={figure} onChange={(e) => isTerritoryFigure(e.target.value) && setFigure(e.target.value)}>
          {TERRITORY_FIGURES.map((f) => (
            <option key={f} value={f}>
              {t(`territory.figures.${f}`)}
            </option>
          ))}
        </select>
      </div>

      <div className="territory-layout">
        <div className="territory-map">
          {shapes ? (
            <ProvinceMap shapes={shapes} places={places} buckets={buckets} figure={figure} selected={selected} label={label} onOpen={open} />
          ) : shapesFailed ? (
            <p className="notice notice-info">{t('territory.map.unavailable')}</p>
          ) : (
            <Loading label={t('territory.map.loading')} />
          )}
          <Legend buckets={buckets} figure={figure} hasOthers={hasOthers} />
        </div>
        {place ? <ProvincePanel place={place} headingRef={panelHeading} onClose={() => setSelected(null)} /> : null}
      </div>

      {/* Scrolls sideways on a phone: focusable so a keyboard can scroll it too. */}
      <div className="table-wrap territory-table" role="region" aria-label={t('territory.table.caption')} tabIndex={0}>
        <table>
          <caption>{t('territory.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('territory.table.province')}</th>
              {TERRITORY_FIGURES.map((f) => (
                <th key={f} scope="col">
                  {t(`territory.figures.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sortedOwn.map((p) => (
              <tr key={p.code} className={p.code === selected ? 'is-selected' : undefined}>
                <th scope="row">
                  <button type="button" className="btn-link" onClick={() => open(p.code)}>
                    {p.name}
                  </button>
                </th>
                {TERRITORY_FIGURES.map((f) => (
                  <td key={f}>{p[f]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="table-wrap territory-table" role="region" aria-label={t('territory.table.totalsCaption')} tabIndex={0}>
        <table>
          <caption>{t('territory.table.totalsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('territory.table.sportello')}</th>
              {TERRITORY_FIGURES.map((f) => (
                <th key={f} scope="col">
                  {t(`territory.figures.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.sportelli.map((s) => (
              <tr key={s.sportelloId ?? 'none'}>
                <th scope="row">{s.name ?? t('territory.noSportello')}</th>
                {TERRITORY_FIGURES.map((f) => (
                  <td key={f}>{s[f]}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('territory.table.total')}</th>
              {TERRITORY_FIGURES.map((f) => (
                <td key={f}>{data.totals[f]}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>

      <section className="territory-download" aria-labelledby="territory-download-title">
        <h2 id="territory-download-title">{t('territory.download.title')}</h2>
        <p className="muted">{t('territory.download.hint')}</p>
        <p className="actions">
          <a className="btn" href="/api/territory/provinces/export?format=csv" download>
            {t('territory.download.csv')}
          </a>{' '}
          <a className="btn" href="/api/territory/provinces/export?format=xlsx" download>
            {t('territory.download.xlsx')}
          </a>
        </p>
      </section>
    </>
  );
}

function ProvinceMap(props: {
  shapes: TShapes;
  places: Map<string, TPlace>;
  buckets: TBucket[];
  figure: TTerritoryFigure;
  selected: string | null;
  label: (p: TPlace) => string;
  onOpen: (code: string) => void;
}) {
  const { t } = useTranslation();
  const { shapes, places, buckets, figure, selected, label, onOpen } = props;
  const onKey = (code: string) => (e: KeyboardEvent<SVGPathElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(code);
    }
  };
  // The selected province last, so its thick border is not covered by its neighbours.
  const ordered = [...shapes.provinces].sort((a, b) => Number(a.code === selected) - Number(b.code === selected));
  return (
    <svg viewBox={`0 0 ${shapes.width} ${shapes.height}`} role="group" aria-label={t('territory.map.label')} className="territory-svg">
      <defs>
        <pattern id="territory-other" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#e6e6e6" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#8a8a8a" strokeWidth="1.5" />
        </pattern>
      </defs>
      {ordered.map((shape) => {
        const place = places.get(shape.code) ?? { code: shape.code, name: shape.name, own: null, sportello: null };
        const fill = place.own ? bucketOf(place.own[figure], buckets).colour : OTHER_FILL;
        const isSelected = shape.code === selected;
        return (
          <path
            key={shape.code}
            d={shape.d}
            fill={fill}
            stroke={isSelected ? '#000' : '#4a4a4a'}
            strokeWidth={isSelected ? 2.5 : 0.6}
            role="button"
            tabIndex={0}
            aria-label={label(place)}
            aria-pressed={isSelected}
            data-code={shape.code}
            className="territory-province"
            onClick={() => onOpen(shape.code)}
            onKeyDown={onKey(shape.code)}
          />
        );
      })}
      <path d={shapes.regionBorders} fill="none" stroke="#1a1a1a" strokeWidth={1.2} pointerEvents="none" aria-hidden="true" />
    </svg>
  );
}

function Legend({ buckets, figure, hasOthers }: { buckets: TBucket[]; figure: TTerritoryFigure; hasOthers: boolean }) {
  const { t } = useTranslation();
  return (
    <figure className="territory-legend">
      <figcaption>{t('territory.legend.title', { figure: t(`territory.figures.${figure}`) })}</figcaption>
      <ul>
        {buckets.map((b) => (
          <li key={`${b.min}-${b.max}`}>
            <svg width="20" height="14" aria-hidden="true">
              <rect width="20" height="14" fill={b.colour} stroke="#4a4a4a" />
            </svg>
            <span>{rangeLabel(b)}</span>
          </li>
        ))}
        {hasOthers ? (
          <li>
            <svg width="20" height="14" aria-hidden="true">
              <rect width="20" height="14" fill="#e6e6e6" stroke="#4a4a4a" />
              <path d="M0 14 L14 0 M6 14 L20 0" stroke="#8a8a8a" strokeWidth="1.5" />
            </svg>
            <span>{t('territory.legend.other')}</span>
          </li>
        ) : null}
      </ul>
    </figure>
  );
}

function ProvincePanel({ place, headingRef, onClose }: { place: TPlace; headingRef: RefObject<HTMLHeadingElement | null>; onClose: () => void }) {
  const { t } = useTranslation();
  const figures = place.own ?? place.sportello;
  return (
    <section className="territory-panel card" aria-labelledby="territory-panel-title">
      <h2 id="territory-panel-title" ref={headingRef} tabIndex={-1}>
        {place.name}
      </h2>
      <p className="muted">
        {t('territory.panel.sportello')}: {place.sportello?.name ?? t('territory.noSportello')}
      </p>
      {place.own ? null : <p>{t(!place.sportello ? 'territory.panel.noData' : place.sportello.sportelloId === null ? 'territory.panel.noSportelloHint' : 'territory.panel.otherHint')}</p>}
      {figures && (place.own || place.sportello) ? (
        <dl className="territory-figures">
          {TERRITORY_FIGURES.map((f) => (
            <div key={f}>
              <dt>{t(`territory.figures.${f}`)}</dt>
              <dd>{figures[f]}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {place.own ? <ProvinceLists code={place.code} /> : null}
      <button type="button" className="btn btn-secondary" onClick={onClose}>
        {t('territory.panel.close')}
      </button>
    </section>
  );
}

/** The requests and businesses behind a province's figures, for those who see it in full. */
function ProvinceLists({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, isLoading } = useApi<TProvinceLists>(provinceListsPath(code));
  if (isLoading && !data) return <Loading />;
  if (error || !data) return null;
  return (
    <div className="territory-lists">
      <h3>{t('territory.panel.requestsTitle')}</h3>
      {data.openRequests.length === 0 ? (
        <p className="muted">{t('territory.panel.none')}</p>
      ) : (
        <ul>
          {data.openRequests.map((r) => (
            <li key={r.id}>
              {r.businessName ? `${r.businessName}, ` : ''}
              {t('territory.panel.requestLine', { comune: r.comuneName, date: formatDate(r.createdAt, i18n.language) })} · {t(`territory.panel.status.${r.status}`)}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('territory.panel.accompaniedTitle')}</h3>
      {data.accompanied.length === 0 ? (
        <p className="muted">{t('territory.panel.none')}</p>
      ) : (
        <ul>
          {data.accompanied.map((b) => (
            <li key={b.id}>
              {b.name}, {b.comuneName}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
