"""Ids of members made only when asked for: :class:`NumberedIds`, ``prefix + "0"``,
``prefix + "1"``, ..., the ids of a TREE.csv that numbers its members in order (what
``simulate --export-tree`` writes). The ``--json`` writer writes them without making them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any


class NumberedIds(Sequence[str]):
    """The ids ``prefix + "0"``, ``prefix + "1"``, ... of a network read from a file that numbers
    its members in order, made only when asked for (a list of a million strings costs more than
    reading their column)."""

    def __init__(self, prefix: str, n: int) -> None:
        self.prefix = prefix
        self._n = n

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [f"{self.prefix}{k}" for k in range(self._n)[i]]
        if not -self._n <= i < self._n:
            raise IndexError(i)
        return f"{self.prefix}{i % self._n}"

    def __iter__(self) -> Iterator[str]:
        return map(self.prefix.__add__, map(str, range(self._n)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, NumberedIds):
            return (self.prefix, self._n) == (other.prefix, other._n)
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented

    def __hash__(self) -> int:
        return hash((self.prefix, self._n))

    def __repr__(self) -> str:
        return f"NumberedIds({self.prefix!r}, {self._n})"
