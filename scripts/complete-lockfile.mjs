#!/usr/bin/env node
// Works around the package registry this project installs from: it serves only the Linux builds
// of @biomejs/biome's and rollup's per-platform binaries. npm then writes a package-lock.json
// without the other platforms' entries, and `npm ci` (npm 11) rejects that lock as "Missing: …
// from lock file" even though those packages are optional and never installed here.
//
// This adds the missing entries with their version, os, cpu and libc, as npm writes them from the
// public registry (minus `integrity`, which only the registry can supply). On this platform they
// are skipped; elsewhere npm fetches them by version. `npm install` keeps the entries.
// Run it after any change to the dependencies: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const lockFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
const packages = lock.packages;

const BINARY_PACKAGE = /^@(?:biomejs\/cli|rollup\/rollup)-([a-z0-9]+)-([a-z0-9]+)(?:-([a-z]+))?$/;

function platformOf(name) {
  const match = BINARY_PACKAGE.exec(name);
  if (!match) return undefined;
  const [, os, cpu, abi] = match;
  const platform = { cpu: [cpu], os: [os] };
  // gnu/gnueabihf/musl/musleabihf name the C library on Linux; eabi/msvc are not a libc choice.
  if (os === 'linux' && abi) platform.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
  return platform;
}

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const platform = platformOf(name);
    const key = `node_modules/${name}`;
    if (!platform || packages[key] || packages[`${path}/${key}`]) continue;
    // Same key order as npm's own lock entries, so `npm install` leaves the file as it is.
    packages[key] = {
      version,
      cpu: platform.cpu,
      ...(meta.dev ? { dev: true } : {}),
      ...(platform.libc ? { libc: platform.libc } : {}),
      ...(meta.license ? { license: meta.license } : {}),
      optional: true,
      os: platform.os,
    };
    added++;
  }
}

const [rootEntry, ...rest] = Object.entries(packages);
rest.sort(([a], [b]) => a.localeCompare(b, 'en'));
lock.packages = Object.fromEntries([rootEntry, ...rest]);
writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries to package-lock.json`);
