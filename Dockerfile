# grouppulse worker image: `docker build -t grouppulse .`, run by docker-compose.yml.
# The same image runs every command: `docker run grouppulse migrate`, `... simulate --to-kafka`.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Non-root user; its home is the working directory, where Faust keeps its <app_id>-data folder.
RUN groupadd --system --gid 10001 grouppulse \
    && useradd --system --uid 10001 --gid grouppulse --create-home \
        --home-dir /var/lib/grouppulse --shell /usr/sbin/nologin grouppulse

# Only what the package is built from (see [tool.setuptools] in pyproject.toml).
# README.md* : the readme is optional for the build, the glob keeps COPY from failing without it.
WORKDIR /usr/src/grouppulse
COPY pyproject.toml README.md* ./
COPY streams ./streams
COPY sinks ./sinks
COPY dashboards ./dashboards
RUN pip install . \
    && cd / && rm -rf /usr/src/grouppulse

USER grouppulse
WORKDIR /var/lib/grouppulse
ENV GROUPPULSE_DATA_DIR=/var/lib/grouppulse \
    GROUPPULSE_WEB_HOST=0.0.0.0 \
    GROUPPULSE_WEB_PORT=6066

EXPOSE 6066
ENTRYPOINT ["grouppulse"]
CMD ["worker"]
