// Resolves the @app/* aliases of tsconfig.json against the compiled tree in dist/ at run time.
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');
const { paths } = require('../tsconfig.json').compilerOptions;
tsconfigPaths.register({ baseUrl: path.join(__dirname, '..', 'dist'), paths });
