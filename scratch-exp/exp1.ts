import { chromium } from 'playwright-core';
import path from 'node:path';
import os from 'node:os';
import { mkdtempSync } from 'node:fs';
import { startFixtureServer } from '../test/e2e/fixture-server';
import { chromiumProfileGranting } from '../test/e2e/grant';
const server = await startFixtureServer();
server.route('http://news.hostile.example/x.html', '<!doctype html><title>x</title><p>hello</p>');
const ext = path.resolve('dist/chrome');
const context = await chromium.launchPersistentContext(chromiumProfileGranting(['*://*.hostile.example/*'], ['*://*.theregister.co.uk/*','*://*.theregister.com/*']), {
  executablePath: '/usr/bin/chromium', headless: true,
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', `--proxy-server=http://127.0.0.1:${server.port}`, '--proxy-bypass-list=<-loopback>'],
});
const sw = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
sw.on('console', (m) => console.log('SW console', m.type(), m.text()));
context.on('console', (m) => console.log('CTX console', m.type(), m.text(), JSON.stringify(m.location())));
context.on('weberror', (e) => console.log('CTX weberror', String(e.error())));
const origin = `chrome-extension://${new URL(sw.url()).host}`;
const page = await context.newPage();
page.on('console', (m) => console.log('PAGE console', m.type(), m.text(), JSON.stringify(m.location())));
page.on('pageerror', (e) => console.log('PAGE pageerror', String(e)));
page.on('dialog', (d) => { console.log('DIALOG', d.message()); void d.dismiss(); });
await page.goto('http://news.hostile.example/x.html');
const helper = await context.newPage();
await helper.goto(`${origin}/icons/standfirst-128.png`);
const tabs = await helper.evaluate(async () => (await chrome.tabs.query({})).map(t => [t.id, t.url]));
console.log(tabs);
const tabId = (tabs.find(t => String(t[1]).includes('hostile')) as any)[0];
await helper.evaluate(async (id) => {
  await chrome.scripting.executeScript({ target: { tabId: id }, func: () => { console.error('CS console error'); setTimeout(() => { throw new Error('CS uncaught'); }, 10); Promise.reject(new Error('CS rejection')); } });
}, tabId);
await sw.evaluate(() => { console.error('SW error log'); setTimeout(() => { throw new Error('SW uncaught'); }, 10); });
await page.evaluate(() => { setTimeout(() => alert('hi'), 10); });
await new Promise(r => setTimeout(r, 1500));
await context.close(); await server.close();
