import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import itCatalogue from '../../../i18n/it.json';
import { TRANSLATOR_OPTIONS } from '../../../i18n/index';
import { ApiError } from '../../../lib/api-client';
import { checkForm, formErrorsOf, NATIONAL, type TLessonForm } from './lesson-form-state';
import { checkLessonText, emptyBody } from './use-readability';

const translator = i18next.createInstance();
void translator.init({ ...TRANSLATOR_OPTIONS, lng: 'it', resources: { it: { translation: itCatalogue } } });
const t = translator.t.bind(translator);

const form = (overrides: Partial<TLessonForm> = {}): TLessonForm => ({ title: 'Vendi il latte', summary: 'Due righe.\nBastano due.', body: emptyBody('it'), areas: ['marketing'], level: 'first_steps', language: 'it', scope: NATIONAL, ...overrides });

describe('the lesson form', () => {
  it('says what to fix before asking the server: a three-line summary, no area', () => {
    expect(checkForm(form(), t)).toEqual({});
    const found = checkForm(form({ summary: 'Uno due tre.\nQuattro.\nCinque.', areas: [] }), t);
    expect(found.summary).toBe('Il riassunto sta in due righe. Togli una riga.');
    expect(found.areas).toBe('Scegli da 1 a 3 temi.');
  });

  it("puts the server's field errors next to the page's fields", () => {
    const error = new ApiError({ status: 422, code: 'lesson.too_hard', title: '', detail: '', errors: [{ field: 'bodyMarkdown', message: 'Indice 40' }, { field: 'areas.0', message: 'Tema sconosciuto' }, { field: 'parts.try_now', message: 'Manca' }] });
    expect(formErrorsOf(error)).toEqual({ body: 'Indice 40', areas: 'Tema sconosciuto', 'parts.try_now': 'Manca' });
  });

  it('starts a body with the four parts in order, and checks them as the server does', () => {
    const check = checkLessonText(emptyBody('en'), 'first_steps', 'en');
    expect(check.parts.map((p) => [p.heading, p.isPresent])).toEqual([
      ['An example', true],
      ['The idea', true],
      ['The method', true],
      ['Try it now', true],
    ]);
    const hard = checkLessonText('## Un esempio\n\nDobbiamo implementare i KPI.', 'first_steps', 'it');
    expect(hard.report.wordsToAvoid.map((w) => w.plain)).toEqual(['mettere in pratica, fare', 'numero da seguire']);
    expect(hard.parts.filter((p) => !p.isPresent).map((p) => p.part)).toEqual(['idea', 'method', 'try_now']);
  });
});
