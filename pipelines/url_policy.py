"""URL and domain policy in the pipeline: right after ingest (and takedowns), documents whose
URL a blocklist names are dropped before normalization, Kiwi or presidio spend anything on
them. The lists are read once on the launcher and shipped with the transform."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

from curate.records import DROPPED, Record, decision, with_decisions
from curate.settings import UrlPolicySettings
from filters.url_policy import UrlBlocklist, builtin_list, match_url, parse_rules
from lineage.release_files import ReleaseError, read_bytes
from pipelines.stages import per_record

STAGE = "url_policy"


class UrlListUnusable(ReleaseError):
    """A configured URL list cannot be read or has a bad line; the run does not start."""


def load_lists(settings: UrlPolicySettings) -> tuple[UrlBlocklist, ...]:
    """Every configured list, read (bundled, local, ``gs://``, ``s3://``) and parsed."""
    lists = []
    for index, entry in enumerate(settings.lists):
        where = f"url_policy.lists[{index}].path"
        try:
            text = builtin_list(entry.path)
            if text is None:
                text = read_bytes(entry.path).decode("utf-8")
            rules = parse_rules(text.splitlines(), entry.path)
        except (OSError, UnicodeDecodeError) as err:
            raise UrlListUnusable(
                f"{where}: {entry.path} cannot be read ({type(err).__name__})"
            ) from err
        except ValueError as err:
            raise UrlListUnusable(f"{where}: {err}") from err
        lists.append(UrlBlocklist(entry.reason, rules))
    return tuple(lists)


def apply_url_policy(record: Record, blocklists: tuple[UrlBlocklist, ...]) -> Record:
    """Dropped with ``reason: LIST_REASON: RULE`` when a list matches the record's URL;
    otherwise a passed ``url_policy`` decision (provenance lists every rule evaluated)."""
    found = match_url(blocklists, record["source"].get("url"))
    if found is None:
        return with_decisions(record, [decision(STAGE, STAGE, None, None, True)])
    blocklist, rule = found
    Metrics.counter("curate.url_policy", blocklist.reason).inc()
    return with_decisions(
        record,
        [decision(STAGE, blocklist.reason, None, None, False)],
        status=DROPPED,
        stage=STAGE,
        reason=f"{blocklist.reason}: {rule.text}",
    )


class UrlPolicy(beam.PTransform):
    """In-play records → the same records, those whose URL a list names settled as dropped."""

    def __init__(self, settings: UrlPolicySettings):
        super().__init__()
        self._blocklists = load_lists(settings)

    def expand(self, pcoll):
        return pcoll | "MatchUrls" >> beam.Map(
            per_record(apply_url_policy, STAGE), self._blocklists
        )
