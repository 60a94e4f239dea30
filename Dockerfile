# syntax=docker/dockerfile:1
#
# One image for both processes of e-KTP Operations Workflows:
#   API:    node dist/src/main.js    (the default command)
#   worker: node dist/src/worker.js  (docker-compose.yml sets it as the worker's command)
#
# Build: docker build -t ektp-ops-workflows .   (docker compose builds it for you)

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: all dependencies, compile TypeScript, bundle the workflows, then drop dev deps ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false

COPY package.json package-lock.json ./
# `npm ci` first. It refuses this project's lockfile when the lockfile lacks other platforms'
# optional binaries (@swc/core-darwin-*, see README "Quick start"); then `npm install` installs the
# versions the lockfile pins, exactly as .ci/run does.
RUN npm ci || (echo "npm ci refused the lockfile; falling back to npm install" && npm install)

COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
COPY workflows ./workflows
COPY bench ./bench
COPY web ./web
# tsc to dist/, the pre-built workflow bundle dist/workflow-bundle.js and the browser app web/dist
RUN npm run build \
 && test -f dist/src/main.js \
 && test -f dist/src/worker.js \
 && test -f dist/workflow-bundle.js \
 && test -f web/dist/index.html \
 && npm prune --omit=dev \
 && npm cache clean --force

# ---- runtime: production node_modules + dist only, as the unprivileged `node` user ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    npm_config_update_notifier=false
WORKDIR /app

# package.json stays: the app finds its root (and dist/workflow-bundle.js) by looking for it.
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/web/dist ./web/dist

# The official node image ships the unprivileged user `node` (uid 1000).
USER node

EXPOSE 3000
# Both processes shut down cleanly on SIGTERM (the worker finishes in-flight tasks first).
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
