import { chromium, type Browser } from 'playwright-core';
import { scriptConfig } from '../../scripts/config.mjs';

export const CHROMIUM_ARGS = [
  // No display on servers and CI.
  '--headless',
  // Tests run as root in containers, where Chromium's sandbox cannot start.
  '--no-sandbox',
  // No GPU here: without this Chromium probes for one and logs errors.
  '--disable-gpu',
  // WebGL (sigma draws with it) then runs on SwiftShader, ANGLE's CPU renderer...
  '--use-angle=swiftshader',
  // ...which recent Chromium refuses for WebGL unless explicitly allowed (it is slow, fine for tests).
  '--enable-unsafe-swiftshader',
  // No update checks, component downloads or first-run UI: the machine has no network but the registries.
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: scriptConfig().chromiumPath, args: CHROMIUM_ARGS });
}
