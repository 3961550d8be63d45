/**
 * The demo network: clearly fictitious people and businesses ("demo" in every
 * e-mail, "(demo)" in every name). Shared with README and the browser tests.
 */
export const DEMO_PASSWORD = 'demo-affianco-2026';

export const DEMO_SPORTELLI = [
  { slug: 'demo-milano', name: 'Sportello Milano (demo)', email: 'milano@demo.affianco.it', phone: '02 0000 0001', address: 'Via dell’Esempio 1, Milano', provinces: ['015', '098', '108', '018'] },
  { slug: 'demo-bari', name: 'Sportello Bari (demo)', email: 'bari@demo.affianco.it', phone: '080 000 0002', address: 'Via dell’Esempio 2, Bari', provinces: ['072', '110'] },
  { slug: 'demo-nuoro', name: 'Sportello Nuoro (demo)', email: 'nuoro@demo.affianco.it', phone: '0784 000 003', address: 'Via dell’Esempio 3, Nuoro', provinces: ['091', '095'] },
] as const;

export const DEMO_ADMIN = { email: 'admin@demo.affianco.it', name: 'Amministratrice Rete (demo)' };

export const DEMO_MEMBERS = [
  { email: 'coord.milano@demo.affianco.it', name: 'Chiara Coordinatrice (demo)', sportello: 'demo-milano', role: 'coordinator' },
  { email: 'angel.milano@demo.affianco.it', name: 'Marco Angel (demo)', sportello: 'demo-milano', role: 'angel' },
  { email: 'angel.lodi@demo.affianco.it', name: 'Lucia Angel (demo)', sportello: 'demo-milano', role: 'angel' },
  { email: 'coord.bari@demo.affianco.it', name: 'Nicola Coordinatore (demo)', sportello: 'demo-bari', role: 'coordinator' },
  { email: 'angel.bari@demo.affianco.it', name: 'Rosa Angel (demo)', sportello: 'demo-bari', role: 'angel' },
  { email: 'coord.nuoro@demo.affianco.it', name: 'Giovanna Coordinatrice (demo)', sportello: 'demo-nuoro', role: 'coordinator' },
  { email: 'angel.nuoro@demo.affianco.it', name: 'Salvatore Angel (demo)', sportello: 'demo-nuoro', role: 'angel' },
] as const;

export const DEMO_BUSINESSES = [
  { owner: 'caseificio@demo.affianco.it', ownerName: 'Giuseppe Casaro (demo)', name: 'Caseificio Cascina Esempio (demo)', comune: '098050', ateco: '10', employees: 4 },
  { owner: 'scarpe@demo.affianco.it', ownerName: 'Franca Negoziante (demo)', name: 'Calzature Esempio (demo)', comune: '015146', ateco: '47', employees: 2 },
  { owner: 'forno@demo.affianco.it', ownerName: 'Vito Fornaio (demo)', name: 'Panificio Esempio (demo)', comune: '072004', ateco: '10', employees: 6 },
  { owner: 'agriturismo@demo.affianco.it', ownerName: 'Maria Pastora (demo)', name: 'Agriturismo Esempio (demo)', comune: '091017', ateco: '55', employees: 3 },
] as const;

/** Angel profiles of the demo angels: qualified, with weekday hours, so matching and booking work at once. */
export const DEMO_ANGEL_PROFILES = {
  'angel.milano@demo.affianco.it': { comune: '015146', skills: ['marketing', 'communication', 'ecommerce'], sectors: ['47', '56', '96'], radiusKm: 40, modes: ['in_person', 'remote'], languages: ['it', 'en'], capacity: 6, presentation: 'Ho aperto e chiuso negozi anch’io. Ti aiuto a farti trovare e a vendere anche online, un passo alla volta.', whatsapp: '333 000 0001' },
  'angel.lodi@demo.affianco.it': { comune: '098031', skills: ['marketing', 'innovation', 'finance', 'market_research'], sectors: ['01', '10', '11'], radiusKm: 50, modes: ['in_person', 'remote'], languages: ['it'], capacity: 5, presentation: 'Vengo da una famiglia di allevatori. Aiuto aziende agricole e caseifici a vendere direttamente e a trovare i bandi giusti.', whatsapp: '333 000 0002' },
  'angel.bari@demo.affianco.it': { comune: '072006', skills: ['organisation', 'data_tools', 'finance', 'automation_ai'], sectors: ['10', '47', '56'], radiusKm: 60, modes: ['in_person', 'remote'], languages: ['it'], capacity: 5, presentation: 'Metto ordine in magazzino, ordini e conti. Strumenti semplici, che usi davvero.', whatsapp: null },
  'angel.nuoro@demo.affianco.it': { comune: '091051', skills: ['communication', 'ecommerce', 'green', 'strategy'], sectors: ['55', '01', '56'], radiusKm: 80, modes: ['in_person', 'remote'], languages: ['it', 'en', 'de'], capacity: 4, presentation: 'Aiuto agriturismi e B&B a farsi conoscere e a ricevere prenotazioni, anche dall’estero.', whatsapp: '333 000 0004' },
} as const;

/** Monday to Friday, 9:00–13:00 and 14:00–18:00, Europe/Rome. */
export const DEMO_WEEKLY_HOURS = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, startMinute: 9 * 60, endMinute: 13 * 60 },
  { weekday, startMinute: 14 * 60, endMinute: 18 * 60 },
]);
