import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Loading } from '../../components/ui/loading';
import { usePageTitle } from '../../components/ui/use-page-title';
import { useApi } from '../../lib/use-api';
import { compareSolutions, MAX_COMPARED } from '../../../../src/shared/solution-cost';
import { catalogueApiPath, compareApiPath, readCompareIds, readVolumes, solutionPagePath, type TSolutionSummary } from './api';
import { euro, partOf, VolumesForm } from './cost';

const lang = (language: string) => (language === 'en' ? 'en' : 'it');

/** More than three asked: the choice again, with the reason next to it. */
function TooMany({ ids }: { ids: string[] }) {
  const { t, i18n } = useTranslation();
  const { data } = useApi<{ items: TSolutionSummary[] }>(catalogueApiPath({}, lang(i18n.language)));
  const chosen = data?.items.filter((s) => ids.includes(s.id)) ?? [];
  return (
    <form method="get" aria-describedby="compare-too-many">
      <fieldset>
        <legend>{t('solutions.compareChoose')}</legend>
        <p id="compare-too-many" className="field-error" role="alert">
          {t('solutions.tooMany', { count: MAX_COMPARED })}
        </p>
        {chosen.map((s) => (
          <p key={s.id}>
            <label>
              <input type="checkbox" name="id" value={s.id} defaultChecked /> {s.name}
            </label>
          </p>
        ))}
      </fieldset>
      <p>
        <button type="submit" className="btn btn-primary">
          {t('solutions.compare')}
        </button>
      </p>
    </form>
  );
}

function Side({ items, search }: { items: TSolutionSummary[]; search: string }) {
  const { t, i18n } = useTranslation();
  const [volumes, setVolumes] = useState(() => readVolumes(new URLSearchParams(search)));
  const lng = i18n.language;
  const compared = compareSolutions(
    items.map((s) => ({ s, parts: s.parts.map(partOf) })),
    volumes,
  );
  return (
    <>
      <div className="solution-compare" aria-live="polite">
        <table>
          <caption>{t('solutions.compareCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('solutions.compareSolution')}</th>
              <th scope="col">{t('solutions.cost.firstYear')}</th>
              <th scope="col">{t('solutions.cost.threeYears')}</th>
              <th scope="col">{t('solutions.compareMore')}</th>
            </tr>
          </thead>
          <tbody>
            {compared.map(({ item, cost, moreThanCheapest }) => (
              <tr key={item.s.id}>
                <th scope="row">
                  <Link to={solutionPagePath(item.s.slug)}>{item.s.name}</Link>
                  <br />
                  <span className="muted">{t('solutions.hours', { count: item.s.hoursPerWeek })}</span>
                </th>
                <td data-testid="compare-first-year">{euro(cost.firstYear, lng)}</td>
                <td data-testid="compare-three-years">{euro(cost.threeYears, lng)}</td>
                <td>{moreThanCheapest ? `+${euro(moreThanCheapest, lng)}` : t('solutions.cheapest')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <VolumesForm search={search} onChange={setVolumes} hidden={items.map((s) => ['id', s.id])} />
      <p className="muted">{t('solutions.costNote')}</p>
    </>
  );
}

/** /soluzioni/confronta?id=…&id=…: two or three solutions over the same three years. */
export default function ComparePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('solutions.compareTitle'));
  const { search } = useLocation();
  const ids = readCompareIds(new URLSearchParams(search));
  const tooMany = ids.length > MAX_COMPARED;
  const { data, error } = useApi<{ items: TSolutionSummary[] }>(!tooMany && ids.length ? compareApiPath(ids, lang(i18n.language)) : null);
  return (
    <section className="page solutions-compare" aria-labelledby="compare-h">
      <p>
        <Link to="/soluzioni">{t('solutions.back')}</Link>
      </p>
      <h1 id="compare-h">{t('solutions.compareTitle')}</h1>
      {tooMany ? <TooMany ids={ids} /> : null}
      {!tooMany && ids.length < 2 ? <p>{t('solutions.compareFew')}</p> : null}
      {error ? (
        <p className="notice notice-error" role="alert">
          {error.detail}
        </p>
      ) : null}
      {!tooMany && ids.length && !data && !error ? <Loading /> : null}
      {data && !tooMany ? <Side items={data.items} search={search} /> : null}
    </section>
  );
}
