#!/usr/bin/env node
'use strict';
// Renders media/icon.svg to media/icon.png (128x128, what the Marketplace wants) with Debian's
// chromium through playwright-core. Run after editing the SVG: node scripts/vscode/renderIcon.js
const fs = require('fs');
const path = require('path');
const { launchChromium } = require('../../test/vscode/codeServer');

async function main() {
  const media = path.resolve(__dirname, '../../media');
  const svg = fs.readFileSync(path.join(media, 'icon.svg'), 'utf8');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
    await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`);
    await page.locator('svg').screenshot({ path: path.join(media, 'icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
  console.log(`wrote ${path.join(media, 'icon.png')}`);
}

main().catch((err) => { console.error(`error: ${err.message}`); process.exit(1); });
