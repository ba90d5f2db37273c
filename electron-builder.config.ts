// Packaging for Crosscheck. `npm run dist` = electron-vite build, then electron-builder for the
// current OS with this file (`--config`, since electron-builder only auto-discovers
// electron-builder.{yml,json,js,ts}). electron-builder loads it through jiti, so the hook below is
// plain TypeScript on any supported Node. Checked by tests/packaging against electron-builder's schema.
import type { Configuration } from 'electron-builder';
import { afterPack } from './scripts/afterPack.ts';

const config = {
  appId: 'org.crosscheck.editor',
  productName: 'Crosscheck',
  copyright: 'Copyright © 2026 Crosscheck contributors',
  directories: { buildResources: 'build', output: 'release' },

  // What goes into app.asar: the electron-vite bundles, package.json (main entry, version) and
  // the sample stories and sources read on first run. Production node_modules are added by
  // electron-builder itself. Source maps stay out of the shipped app.
  files: ['out/**', '!out/**/*.map', 'package.json', 'assets/**'],
  // Native addons (*.node, today only pdfjs-dist's optional @napi-rs/canvas) are unpacked from
  // the asar by electron-builder automatically; storage is node:sqlite, built into Electron.
  asar: true,
  afterPack, // flips Electron's fuses in the packaged binary, before signing
  extraMetadata: { desktopName: 'crosscheck.desktop' },

  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'crosscheck',
    icon: 'build/icons',
    maintainer: 'Crosscheck maintainers <maintainers@crosscheck.org>',
    vendor: 'Crosscheck',
    synopsis: 'Newsroom editor that checks every number against its sources',
    description: 'Crosscheck is a desktop newsroom editor: it finds the figures in a draft and checks each one against the source documents it came from.',
    // Electron takes the window's app_id / WM_CLASS from desktopName; naming the .desktop file
    // after it lets docks match running windows to the launcher.
    syncDesktopName: true,
  },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  deb: { artifactName: '${name}_${version}_${arch}.${ext}', priority: 'optional' },

  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    icon: 'build/icon.png',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },

  win: {
    target: ['nsis'],
    icon: 'build/icon.png',
  },
  nsis: {
    oneClick: false,
    // Per-user install: no administrator rights needed on locked-down newsroom machines.
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Crosscheck',
    artifactName: '${productName}-Setup-${version}.${ext}',
  },

  publish: null,
} satisfies Configuration;

export default config;
