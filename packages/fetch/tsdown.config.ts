import { errataBuild, packageEntries } from '@errata/tsdown-config';
import { defineConfig } from 'tsdown';

const cwd = import.meta.dirname;

// Each adapter and handler is an entry of its own, so the main one never mentions a client or a framework.
const subpaths = ['ky', 'ofetch', 'axios', 'hono', 'express', 'fastify', 'otel'];

export default defineConfig(errataBuild({ cwd, entry: { ...packageEntries(cwd), ...Object.fromEntries(subpaths.map((name) => [name, `src/${name}.ts`])) } }));
