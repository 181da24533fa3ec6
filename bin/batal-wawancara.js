#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS (see bin/package.json):
   Node 20 then starts without its ESM loader, about 10 ms and 2 MB sooner. */
// Reuses compiled code across runs where the runtime can (Node >= 22.1).
require('node:module').enableCompileCache?.();
require('../dist/main.cjs');
