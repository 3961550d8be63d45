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
