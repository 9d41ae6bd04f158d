# One image for api, worker and migrate (the command picks which). Production-like: compiled JS,
# production dependencies only, workflows pre-bundled, the web console built into dist/web (served at /console/).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json .temporal-cli-version ./
COPY apps apps
COPY libs libs
COPY workflows workflows
COPY scripts scripts
RUN npm run build && npm run build:web && \
    node -r ./scripts/register-aliases.js dist/scripts/bundle-workflows.js dist/workflow-bundle.js

FROM node:20-bookworm-slim
ENV NODE_ENV=production WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY tsconfig.json .temporal-cli-version ./
COPY scripts/register-aliases.js scripts/register-aliases.js
COPY --from=build /app/dist dist
USER node
EXPOSE 3000
CMD ["node", "-r", "./scripts/register-aliases.js", "dist/apps/api/src/main.js"]
