#!/usr/bin/env node
import module from 'node:module';

// Reuses compiled code across runs where the runtime can (Node >= 22.1).
module.enableCompileCache?.();
await import('../dist/main.js');
