// Draws web/public/social-card.png (1200×630), the picture a shared lesson link shows when the
// lesson has no poster of its own. Run again after changing the brand: npx tsx scripts/make-social-card.ts
import path from 'node:path';
import { chromium } from 'playwright-core';

const out = path.resolve(import.meta.dirname, '../web/public/social-card.png');
const html = `<!doctype html><html><body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;padding:0 96px;box-sizing:border-box;background:#0b4f8a;color:#fff;font-family:sans-serif">
<div style="display:flex;align-items:center;gap:28px"><div style="width:120px;height:120px;border-radius:28px;background:#fff;color:#0b4f8a;font-size:84px;font-weight:700;display:flex;align-items:center;justify-content:center">A</div>
<div style="font-size:88px;font-weight:700">Affianco</div></div>
<p style="font-size:46px;line-height:1.3;margin:48px 0 0">Lezioni brevi e pratiche per la tua piccola impresa</p></body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
