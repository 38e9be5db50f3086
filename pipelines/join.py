"""A join that never lists a key's values: ``CoGroupByKey`` followed by a consumer that reads
each input's values straight from the grouped iterable.

Beam's ``CoGroupByKey`` copies every value of a key into one list per input before anything
sees them, so a boilerplate text repeated a million times, or the anchor of a million-page
template cluster, puts a million values in one worker's memory. Here the consumer gets a
mapping whose entries are views: iterating ``grouped["records"]`` walks the runner's grouped
values (re-iterable by Beam's contract, paged from the shuffle on distributed runners) and
keeps nothing. Each view is a pass over all of the key's values, so consumers read a
single-valued input with ``next(iter(...))`` and stream the large one once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import apache_beam as beam


class TaggedValues(Mapping[str, Iterable[Any]]):
    """input name → its values for one key, read from the grouped ``(input, value)`` pairs
    on every iteration."""

    def __init__(self, pairs: Iterable[tuple[int, Any]], names: tuple[str, ...]):
        if iter(pairs) is pairs:
            raise TypeError("TaggedValues reads the grouped values more than once")
        self._pairs = pairs
        self._names = names

    def __getitem__(self, name: str) -> Iterable[Any]:
        if name not in self._names:
            raise KeyError(name)
        return _Values(self._pairs, self._names.index(name))

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


class _Values:
    __slots__ = ("_pairs", "_index")

    def __init__(self, pairs: Iterable[tuple[int, Any]], index: int):
        self._pairs = pairs
        self._index = index

    def __iter__(self) -> Iterator[Any]:
        index = self._index
        return (value for tag, value in self._pairs if tag == index)


def _tag(index: int) -> Callable[[Any, Any], tuple[Any, tuple[int, Any]]]:
    return lambda key, value: (key, (index, value))


class StreamingJoin(beam.PTransform):
    """``{name: PCollection of (key, value)}`` → ``consumer((key, TaggedValues), *args)``
    flattened, as ``CoGroupByKey | FlatMap(consumer)`` would give, without the lists."""

    def __init__(self, consumer: Callable[..., Iterable[Any]], *args: Any, **kwargs: Any):
        super().__init__()
        self._consumer = consumer
        self._args = args
        self._kwargs = kwargs

    def expand(self, inputs: dict[str, beam.PCollection]):
        names = tuple(inputs)
        consumer, args, kwargs = self._consumer, self._args, self._kwargs

        def consume(element):
            key, pairs = element
            return consumer((key, TaggedValues(pairs, names)), *args, **kwargs)

        return (
            [
                pcoll | f"Tag[{name}]" >> beam.MapTuple(_tag(index))
                for index, (name, pcoll) in enumerate(inputs.items())
            ]
            | "Flatten" >> beam.Flatten()
            | "Group" >> beam.GroupByKey()
            | "Consume" >> beam.FlatMap(consume)
        )
