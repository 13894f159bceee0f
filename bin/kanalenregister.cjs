#!/usr/bin/env node
// The package's command line. The TypeScript sources are bundled by `npm run build`
// (which `npm ci` runs through the prepare script).
require('../dist/main/cli.cjs');
