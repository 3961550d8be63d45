import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { RadioCards } from '../../../components/ui/radio-cards';
import { TextField } from '../../../components/ui/text-field';
import { readLocal, writeLocal } from '../../../lib/local-store';
import { useApi } from '../../../lib/use-api';
import { OTHER_SECTOR_MAX, type TDraft } from '../api/draft';
import { sectorsPath, type TSector } from '../api/intake';
import type { TUpdateDraft } from '../hooks/use-intake-draft';

const SECTORS_CACHE = 'affianco.intake.sectors.v1';
const OTHER = '__other';

function parseSectors(v: unknown): TSector[] | null {
  return Array.isArray(v) ? (v as TSector[]) : null;
}

type TProps = { draft: TDraft; update: TUpdateDraft; errorFor: (field: string) => string | undefined };

/** "Di cosa ti occupi?": everyday sector names, or "Altro" in the person's own words. */
export function StepSector({ draft, update, errorFor }: TProps) {
  const { t, i18n } = useTranslation();
  const { data, error, isLoading } = useApi<{ items: TSector[] }>(sectorsPath);
  // The last list seen is kept, so the question still works on a reload without a line.
  const sectors = data?.items ?? readLocal(SECTORS_CACHE, parseSectors) ?? [];
  useEffect(() => {
    if (data) writeLocal(SECTORS_CACHE, data.items);
  }, [data]);

  const lng = i18n.language === 'en' ? 'en' : 'it';
  const value = draft.sector ? (draft.sector.kind === 'other' ? OTHER : draft.sector.id) : null;
  const options = [
    ...sectors.map((s) => ({ value: s.id, label: s.label[lng] })),
    { value: OTHER, label: t('intake.sector.other') },
  ];

  const choose = (v: string) => {
    if (v === OTHER) {
      update({ sector: { kind: 'other', text: draft.sector?.kind === 'other' ? draft.sector.text : '' } });
      return;
    }
    const s = sectors.find((x) => x.id === v);
    if (s) update({ sector: { kind: 'list', id: s.id, division: s.division, label: s.label } });
  };

  return (
    <>
      {isLoading && sectors.length === 0 ? <Loading /> : null}
      {error && sectors.length === 0 ? <p className="notice notice-info">{t('intake.sector.loadError')}</p> : null}
      <RadioCards
        name="sector"
        legend={t('intake.sector.legend')}
        options={options}
        value={value}
        onChange={choose}
        error={errorFor('sectorId') ?? errorFor('atecoDivision')}
      />
      {draft.sector?.kind === 'other' ? (
        <TextField
          id="sector-other"
          label={t('intake.sector.otherLabel')}
          hint={t('intake.sector.otherHint')}
          maxLength={OTHER_SECTOR_MAX}
          value={draft.sector.text}
          onChange={(text) => update({ sector: { kind: 'other', text } })}
          error={errorFor('sectorOther')}
        />
      ) : null}
      <TextField
        id="business-name"
        label={t('intake.sector.businessName')}
        hint={t('intake.sector.businessNameHint')}
        autoComplete="organization"
        maxLength={160}
        value={draft.businessName}
        onChange={(businessName) => update({ businessName })}
        error={errorFor('businessName')}
      />
    </>
  );
}
