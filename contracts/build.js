#!/usr/bin/env node
// Compiles every .sol file under contracts/src (recursively) with the pinned
// solcjs through standard JSON and writes one artifact per contract with a
// non-empty ABI to contracts/artifacts/<Name>.json:
//   {abi, bin, deployedBin, sourceName}
// Output is deterministic: sorted keys, no timestamps, stale artifacts removed.
// Usage: node build.js   (run from anywhere; paths are relative to this file)
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

// The one place where compiler settings live.
const SETTINGS = {
  evmVersion: 'cancun',
  optimizer: { enabled: true, runs: 200 },
  // viaIR: the IR pipeline avoids "stack too deep" in functions with many
  // struct arguments; switch it here (for every contract) if needed.
  viaIR: false,
  // No IPFS/swarm hash in the bytecode: comment-only edits leave the bytecode
  // unchanged, and the CBOR trailer still records the compiler version.
  metadata: { bytecodeHash: 'none' },
};

const root = __dirname;
const srcDir = path.join(root, 'src');
const artifactsDir = path.join(root, 'artifacts');
const nodeModules = path.join(root, 'node_modules');

function listSol(dir) {
  const out = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...listSol(p));
    else if (ent.isFile() && ent.name.endsWith('.sol')) out.push(p);
  }
  return out;
}

// Source unit names are paths relative to contracts/ with forward slashes
// ("src/PlasmaChain.sol"); imports of "@openzeppelin/..." resolve into
// node_modules, relative imports into contracts/.
function findImports(name) {
  const candidates = [];
  if (name.startsWith('@')) candidates.push(path.join(nodeModules, name));
  else candidates.push(path.join(root, name));
  for (const c of candidates) {
    const rel = path.relative(root, c);
    if (rel.startsWith('..')) continue;
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: `import not found: ${name} (run "npm ci" in contracts/ for @openzeppelin)` };
}

// Recursively sorts object keys so JSON.stringify output is canonical.
function canonical(v) {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v).sort()) o[k] = canonical(v[k]);
    return o;
  }
  return v;
}

function main() {
  const files = listSol(srcDir);
  if (files.length === 0) {
    console.error('build.js: no .sol files under', srcDir);
    process.exit(1);
  }
  const sources = {};
  for (const f of files) {
    const unit = path.relative(root, f).split(path.sep).join('/');
    sources[unit] = { content: fs.readFileSync(f, 'utf8') };
  }
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      ...SETTINGS,
      outputSelection: {
        '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] },
      },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

  let failed = false;
  for (const e of output.errors || []) {
    // formattedMessage carries "file:line:col" and the offending source line.
    const msg = e.formattedMessage || `${e.sourceLocation ? e.sourceLocation.file + ': ' : ''}${e.message}`;
    if (e.severity === 'error') failed = true;
    process.stderr.write(msg.endsWith('\n') ? msg : msg + '\n');
  }
  if (failed) {
    console.error(`build.js: compilation failed (solc ${solc.version()})`);
    process.exit(1);
  }

  fs.mkdirSync(artifactsDir, { recursive: true });
  const written = new Map();
  for (const unit of Object.keys(output.contracts || {}).sort()) {
    if (!unit.startsWith('src/')) continue; // dependencies are not ours to bind
    for (const name of Object.keys(output.contracts[unit]).sort()) {
      const c = output.contracts[unit][name];
      // Libraries with only internal functions (and empty interfaces) have
      // nothing to call from Go.
      if (!c.abi || c.abi.length === 0) continue;
      if (written.has(name)) {
        console.error(`build.js: contract name ${name} defined in both ${written.get(name)} and ${unit}; names must be unique`);
        process.exit(1);
      }
      written.set(name, unit);
      const artifact = canonical({
        abi: c.abi,
        bin: c.evm.bytecode.object,
        deployedBin: c.evm.deployedBytecode.object,
        sourceName: unit,
      });
      fs.writeFileSync(path.join(artifactsDir, name + '.json'), JSON.stringify(artifact, null, 2) + '\n');
    }
  }
  for (const f of fs.readdirSync(artifactsDir)) {
    if (f.endsWith('.json') && !written.has(f.slice(0, -5))) fs.unlinkSync(path.join(artifactsDir, f));
  }
  console.error(`build.js: solc ${solc.version()}: ${written.size} artifacts from ${files.length} sources`);
}

main();
