import { boolean, doublePrecision, index, pgTable, text } from 'drizzle-orm/pg-core';

export const region = pgTable('region', {
  /** ISTAT region code, two digits ("03" Lombardia). */
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

export const province = pgTable('province', {
  /** ISTAT province code, three digits ("098" Lodi). */
  code: text('code').primaryKey(),
  /** Vehicle-plate sigla ("LO"). */
  sigla: text('sigla').notNull().unique(),
  name: text('name').notNull(),
  regionCode: text('region_code')
    .notNull()
    .references(() => region.code),
});

export const comune = pgTable(
  'comune',
  {
    /** ISTAT code, six digits as text ("040012" Forlì). */
    istat: text('istat').primaryKey(),
    name: text('name').notNull(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => province.code),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    /** False once ISTAT's list no longer has it (merged away); kept for old references. */
    isActive: boolean('is_active').notNull().default(true),
  },
  (t) => [index('comune_province_idx').on(t.provinceCode)],
);
