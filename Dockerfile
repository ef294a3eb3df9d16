# The API image: build the TypeScript, keep production dependencies, run `kg up`
# (wait for NEO4J_URI → migrate → ingest the seed articles → serve on $PORT).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY schema ./schema
COPY seeds ./seeds
COPY docs/browser ./docs/browser
USER node
EXPOSE 4000
CMD ["node", "dist/src/cli/main.js", "up"]
