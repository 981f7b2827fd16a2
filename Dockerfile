# syntax=docker/dockerfile:1
# grouppulse worker image: `docker build -t grouppulse .`, run by docker-compose.yml.
# The same image runs every command: `docker run grouppulse migrate`, `... simulate --to-kafka`.

# Build stage: the package as a wheel with the moderator's hot path compiled by mypyc and the
# model's C gram table built (streams/detect/compiled.py: about 1.7x the messages/s of the
# interpreted code, the same verdicts); the full image has the C compiler and headers the slim
# one lacks.
FROM python:3.11-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /usr/src/grouppulse
# Only what the package is built from (see [tool.setuptools] in pyproject.toml).
# README.md* : the readme is optional for the build, the glob keeps COPY from failing without it.
COPY pyproject.toml setup.py README.md* ./
COPY streams ./streams
COPY sinks ./sinks
COPY dashboards ./dashboards
# (mypy: the version the equivalence test ran with; pydantic: mypy loads its plugin, named in
# pyproject.toml's [tool.mypy]; daachorse: its types, so lexicon.py compiles as it type-checks)
RUN pip install "setuptools>=77" wheel "mypy==2.4.1" "pydantic>=2.6" "daachorse>=0.5" \
    && GROUPPULSE_COMPILE=1 pip wheel --no-deps --no-build-isolation --wheel-dir /wheels .

FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Non-root user; its home is the working directory, where Faust keeps its <app_id>-data folder.
RUN groupadd --system --gid 10001 grouppulse \
    && useradd --system --uid 10001 --gid grouppulse --create-home \
        --home-dir /var/lib/grouppulse --shell /usr/sbin/nologin grouppulse

# The compiled wheel (its dependencies come from PyPI); the check fails the build if the
# moderator is not the compiled one or the gram table is missing.
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install /wheels/*.whl \
    && python -c "from streams.detect.compiled import is_compiled; assert is_compiled()"

USER grouppulse
WORKDIR /var/lib/grouppulse
ENV GROUPPULSE_DATA_DIR=/var/lib/grouppulse \
    GROUPPULSE_WEB_HOST=0.0.0.0 \
    GROUPPULSE_WEB_PORT=6066

EXPOSE 6066
ENTRYPOINT ["grouppulse"]
CMD ["worker"]
