import i18next, { type TFunction } from 'i18next';
import type { TLocale } from '../../../shared/locale.js';

/**
 * The funding mails' words. Counts go through i18next's plural rules, as in the web app
 * ("manca 1 giorno", "mancano 3 giorni").
 */
const RESOURCES = {
  it: {
    mail: {
      hello: 'Ciao {{name}},',
      opensSubject: 'È aperto: {{title}}',
      opensBody: 'il bando che segui per {{business}} è aperto.',
      closes14Subject_one: 'Manca {{count}} giorno: {{title}}',
      closes14Subject_other: 'Mancano {{count}} giorni: {{title}}',
      closes3Subject_one: 'Ultimi giorni, manca {{count}} giorno: {{title}}',
      closes3Subject_other: 'Ultimi giorni, mancano {{count}} giorni: {{title}}',
      closesTodaySubject: 'Chiude oggi: {{title}}',
      closesBody_one: 'il bando che segui per {{business}} chiude {{day}}. Manca {{count}} giorno.',
      closesBody_other: 'il bando che segui per {{business}} chiude {{day}}. Mancano {{count}} giorni.',
      closesToday: 'il bando che segui per {{business}} chiude oggi, {{day}}.',
      closesAdvice: 'Se vuoi fare domanda, prepara adesso i documenti. Se hai dubbi, chiedi al tuo sportello.',
      until: 'Chiude {{day}}.',
      look: 'Cosa serve e dove fare domanda: {{url}}',
      digestSubject_one: '{{count}} bando nuovo per {{business}}',
      digestSubject_other: '{{count}} bandi nuovi per {{business}}',
      digestIntro_one: 'questa settimana è uscito {{count}} bando che può andare bene per {{business}}:',
      digestIntro_other: 'questa settimana sono usciti {{count}} bandi che possono andare bene per {{business}}:',
      digestAll: 'Tutti i bandi per te: {{url}}',
      verdictEligible: 'puoi chiederlo',
      verdictToVerify: 'da verificare',
      rolling: 'a sportello, da verificare',
      why: 'Ricevi questa e-mail perché segui i bandi su Affianco.',
      stop: 'Per non ricevere più e-mail sui bandi: {{url}}',
      bye: 'Affianco',
    },
  },
  en: {
    mail: {
      hello: 'Hello {{name}},',
      opensSubject: 'Now open: {{title}}',
      opensBody: 'the call you follow for {{business}} is open.',
      closes14Subject_one: '{{count}} day left: {{title}}',
      closes14Subject_other: '{{count}} days left: {{title}}',
      closes3Subject_one: 'Last days, {{count}} day left: {{title}}',
      closes3Subject_other: 'Last days, {{count}} days left: {{title}}',
      closesTodaySubject: 'Closes today: {{title}}',
      closesBody_one: 'the call you follow for {{business}} closes {{day}}. {{count}} day left.',
      closesBody_other: 'the call you follow for {{business}} closes {{day}}. {{count}} days left.',
      closesToday: 'the call you follow for {{business}} closes today, {{day}}.',
      closesAdvice: 'If you want to apply, get the documents ready now. If in doubt, ask your sportello.',
      until: 'It closes {{day}}.',
      look: 'What it takes and where to apply: {{url}}',
      digestSubject_one: '{{count}} new call for {{business}}',
      digestSubject_other: '{{count}} new calls for {{business}}',
      digestIntro_one: 'this week {{count}} call came out that may suit {{business}}:',
      digestIntro_other: 'this week {{count}} calls came out that may suit {{business}}:',
      digestAll: 'All the calls for you: {{url}}',
      verdictEligible: 'you can apply',
      verdictToVerify: 'to verify',
      rolling: 'first come first served, to verify',
      why: 'You receive this e-mail because you follow calls on Affianco.',
      stop: 'To stop e-mails about calls: {{url}}',
      bye: 'Affianco',
    },
  },
};

const instance = i18next.createInstance();
void instance.init({ resources: RESOURCES, lng: 'it', fallbackLng: 'it', ns: ['mail'], defaultNS: 'mail', initAsync: false, interpolation: { escapeValue: false } });

/** The funding mails' translate function for one language. */
export function fundingMailT(locale: TLocale): TFunction {
  return instance.getFixedT(locale, 'mail');
}
