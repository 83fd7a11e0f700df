"""Who the demo's candidates are: names, homes, e-mail addresses, phones, headlines, tags and
where they came from, drawn from names.py and texts.py."""

import random
import unicodedata
from bisect import bisect
from itertools import accumulate

from recruiter_server.demo import names, texts

# Letters that Unicode does not decompose into a base letter and a mark.
_NON_DECOMPOSING = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d"})


class Profiles:
    """Draws candidate details from one random generator; remembers the e-mail addresses it
    gave out, since each belongs to one candidate."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._emails: set[str] = set()
        self._folded: dict[str, str] = {}
        self._phones: dict[str, tuple[str, int]] = {}
        self._homes = [f"{city}, Sweden" for city, _ in names.SWEDISH_HOMES]
        self._home_weights = list(accumulate(w for _, w in names.SWEDISH_HOMES))
        self._seniority = [s for s, _ in texts.SENIORITY]
        self._seniority_weights = list(accumulate(w for _, w in texts.SENIORITY))
        self._staff = [f"{first} {last}" for _, first, last, _ in names.STAFF]

    def name(self, culture: names.Culture) -> tuple[str, str]:
        rng = self.rng
        first = rng.choice(culture.first_names)
        last = rng.choice(culture.last_names)
        if culture.double_surname_share and rng.random() < culture.double_surname_share:
            second = rng.choice(culture.last_names)
            if second != last:
                last = f"{last} {second}"
        if first in culture.female_first and last.endswith("ki"):
            last = last[:-1] + "a"
        return first, last

    def home(self, culture: names.Culture) -> tuple[str, str]:
        """(location, how phone numbers are written there); a few people leave it blank."""
        rng = self.rng
        if culture is names.SWEDISH or rng.random() < names.LIVING_IN_SWEDEN:
            pick = bisect(self._home_weights, rng.random() * self._home_weights[-1])
            location, phone = self._homes[pick], names.SWEDISH.homes[0][1]
        else:
            location, phone = rng.choice(culture.homes)
        return ("" if rng.random() < 0.04 else location), phone

    def email(self, first: str, last: str) -> str:
        """A new address in one of the ways people make theirs from their name."""
        rng = self.rng
        given = self._fold(first)
        family = self._fold(last.split(maxsplit=1)[0])
        style = rng.randrange(6)
        if style == 0:
            local = f"{given}.{family}"
        elif style == 1:
            local = f"{given}{family}"
        elif style == 2:
            local = f"{given[0]}.{family}"
        elif style == 3:
            local = f"{given}_{family}"
        elif style == 4:
            local = f"{given}.{family}{rng.randrange(10, 100)}"
        else:
            local = f"{given}{family[0]}{rng.randrange(1, 1000)}"
        domain = rng.choice(names.EMAIL_DOMAINS)
        address = f"{local}@{domain}"
        while address in self._emails:
            address = f"{local}{rng.randrange(2, 10_000)}@{domain}"
        self._emails.add(address)
        return address

    def phone(self, template: str) -> str:
        """A number written like `template`, where each `#` is a digit."""
        known = self._phones.get(template)
        if known is None:
            known = self._phones[template] = (template.replace("#", "{}"), template.count("#"))
        pattern, digits = known
        return pattern.format(*f"{self.rng.randrange(10**digits):0{digits}d}")

    def tags(self, track: str) -> list[str]:
        rng = self.rng
        pool = texts.TAGS[track]
        tags = rng.sample(pool, min(len(pool), rng.choice((0, 1, 1, 2, 2, 3, 4))))
        if rng.random() < 0.2:
            tags.append(rng.choice(texts.COMMON_TAGS))
        return tags

    def headline(self, track: str) -> str:
        rng = self.rng
        title = rng.choice(texts.TITLES[track])
        pick = bisect(self._seniority_weights, rng.random() * self._seniority_weights[-1])
        seniority = self._seniority[pick]
        roll = rng.random()
        if roll < 0.06:
            return ""
        if roll < 0.48:
            return f"{seniority}{title} at {rng.choice(texts.COMPANIES)}"
        if roll < 0.7:
            return f"{seniority}{title}"
        if roll < 0.82:
            skills = rng.sample(texts.TAGS[track], 2)
            return f"{seniority}{title} | {skills[0]}, {skills[1]}"
        if roll < 0.9:
            return f"Open to work: {title}"
        if roll < 0.95:
            return f"Freelance {title}"
        return f"MSc student at {rng.choice(texts.SCHOOLS)}"

    def source_detail(self, source: str) -> str | None:
        """Which search, agency, fair, school or colleague brought the candidate."""
        rng = self.rng
        if source == "LinkedIn":
            return rng.choice(texts.LINKEDIN_DETAILS)
        if source == "Referral":
            return f"Referred by {rng.choice(self._staff)}"
        choices = _DETAILS.get(source)
        return rng.choice(choices) if choices else None

    def _fold(self, name: str) -> str:
        """The name in lower-case ASCII letters, as people write it in e-mail addresses."""
        folded = self._folded.get(name)
        if folded is None:
            plain = name.lower().translate(_NON_DECOMPOSING)
            plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode()
            folded = self._folded[name] = "".join(ch for ch in plain if ch.isalpha())
        return folded


_DETAILS: dict[str, tuple[str, ...]] = {
    "Agency": texts.AGENCIES,
    "Job fair": texts.FAIRS,
    "University": texts.SCHOOLS,
    "Meetup": texts.MEETUPS,
}
