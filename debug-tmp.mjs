import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--enable-unsafe-swiftshader'] });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
p.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
await p.goto(process.argv[2]);
await p.waitForTimeout(2000);
await p.screenshot({ path: '/work/main/test-output/debug.png' });
await b.close();
