#!/bin/sh
cd /work/wt/matcher && node_modules/.bin/esbuild .scratch/dev.ts --bundle --platform=node --format=esm --outfile=.scratch/dev.mjs --packages=external --log-level=warning
