"""`summarizer batch --engine ray`: the articles spread over Ray workers, each
running the normal pipeline against one of several model servers (`--base-url`
repeated).

Actors, not tasks. A worker's work is waiting on its model server, and what
makes that cheap is state kept between articles: the pipeline, the openai client
and its open connections. A Ray actor keeps them; a task would rebuild them per
article (or hide them in a module global). So each endpoint gets one threaded
actor (`max_concurrency` = its share of `--workers`): one process per endpoint,
its requests in flight on threads, as `--engine local` runs them. Actors are
placed with SPREAD, so on a cluster they land on different nodes.

Everything else is the local engine's (summarizer.batch.runner): its threads
take the articles in order and each hands one to an actor (`RayDispatch.summarize`,
the least busy endpoint first) and waits for its outcome; the driver writes
every line with batch/output.py, so resume, error records, budgets, Ctrl-C
and the one-line-per-article guarantee are the local engine's.

The cache stays with the driver: every article is looked up there before it is
sent (under each endpoint's key: the endpoint is part of the key, and a record
any of them made is served), and every new record is stored there. Workers run
without a cache, so nodes need no shared cache directory.

A worker killed mid-article: Ray restarts the actor and runs the article again
(MAX_TASK_RETRIES); past that the article gets an error record ("WorkerError"),
redone by `--retry-failed`.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import os
import threading

from summarizer.batch.runner import Outcome, summarize_group
from summarizer.batch.sources import Item
from summarizer.core.errors import ConfigError
from summarizer.core.settings import Settings
from summarizer.pipeline import Pipeline

RAY_MISSING = "--engine ray needs Ray, which is not installed: pip install 'summarizer[ray]'"
MAX_TASK_RETRIES = 2  # an article whose worker dies is run again this many times
ACTOR_CPUS = 0.25  # an actor mostly waits on its model server


def import_ray():  # noqa: ANN201 - the ray module
    try:
        import ray
    except ImportError:
        raise ConfigError(RAY_MISSING) from None
    return ray


class Worker:
    """The actor's body: one pipeline against one endpoint, no cache."""

    def __init__(self, settings: Settings):
        self.pipeline = Pipeline(dataclasses.replace(settings, cache=False))

    def summarize(self, group: list[Item]) -> Outcome:
        return summarize_group(self.pipeline, group, use_cache=False)

    def pid(self) -> int:
        return os.getpid()


class RayDispatch:
    """`summarize(group)` for BatchRunner: the cache in the driver, the model
    work on the least busy endpoint's actor."""

    def __init__(self, settings: Settings, endpoints: list[str], workers: int, cache_pipeline: Pipeline):
        self.ray = import_ray()
        self._started = not self.ray.is_initialized()
        if self._started:
            # RAY_ADDRESS (Ray's own variable) joins a cluster; without it a local one starts.
            self.ray.init(include_dashboard=False, logging_level=logging.WARNING, log_to_driver=False)
        self.endpoints = endpoints
        self.settings = [dataclasses.replace(settings, base_url=url) for url in endpoints]
        # Driver-side pipelines, one per endpoint, for the cache keys and lookups only:
        # they share the driver's cache and never open a model client.
        self.lookups = [Pipeline(s, cache=cache_pipeline.cache) for s in self.settings]
        self.cache = cache_pipeline.cache
        per_endpoint = max(1, math.ceil(workers / len(endpoints)))
        actor = self.ray.remote(Worker).options(
            max_concurrency=per_endpoint, max_restarts=-1, max_task_retries=MAX_TASK_RETRIES,
            num_cpus=ACTOR_CPUS, scheduling_strategy="SPREAD",
        )
        self.actors = [actor.remote(s) for s in self.settings]
        # Wait until every actor is up: while one is still starting, its queued
        # articles keep it "busy" and the least-busy rule sends nearly all to the other.
        self.pids()
        self.busy = [0] * len(endpoints)
        self._lock = threading.Lock()

    def summarize(self, group: list[Item]) -> Outcome:
        first = group[0]
        prepared = []
        try:
            prepared = [p.prepare(first.text) for p in self.lookups]
            for lookup, article in zip(self.lookups, prepared):
                hit = lookup.cached(article, first.source)
                if hit is not None:
                    return Outcome(group, record=hit)
        except Exception:  # noqa: BLE001 - the worker meets the same error and reports it
            prepared = []
        with self._lock:
            n = min(range(len(self.busy)), key=lambda i: self.busy[i])  # least busy; ties: the first
            self.busy[n] += 1
        try:
            outcome = self.ray.get(self.actors[n].summarize.remote(group))
        except self.ray.exceptions.RayActorError as exc:
            return Outcome(group, error={"class": "WorkerError", "message": (
                f"the Ray worker for {self.settings[n].endpoint_id} died while summarizing it "
                f"({MAX_TASK_RETRIES + 1} tries): {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")})
        finally:
            with self._lock:
                self.busy[n] -= 1
        if outcome.record is not None and self.cache is not None and prepared:
            # Built by the worker's code, which may not be this node's.
            self.cache.put(prepared[n].key, outcome.record, built_here=False)
        return outcome

    def pids(self) -> list[int]:
        return self.ray.get([a.pid.remote() for a in self.actors])

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        if self._started:
            self.ray.shutdown()
