"""Questions to still ask the recruiter: one for every input left unknown (SPEC section 6)."""

from __future__ import annotations

from . import terms as offer_terms
from .i18n import tr
from .model import Evaluation
from .redflags import buys_stock


def questions(evaluation: Evaluation, lang: str = "en") -> list[str]:
    offer = evaluation.offer
    req, disclosure = offer.requirements, offer.disclosure
    out: list[str] = []

    def ask(en: str, nl: str) -> None:
        out.append(tr(lang, en, nl))

    if not offer.products:
        ask("What exactly will I sell, to whom, and at what price?",
            "Wat verkoop ik precies, aan wie en tegen welke prijs?")
    missing = [p.name for p in offer.products if p.market_price is None]
    if missing:
        names = ", ".join(f"'{n}'" for n in missing[:5]) + (" …" if len(missing) > 5 else "")
        ask(f"What does a comparable product cost in an ordinary shop ({names})?",
            f"Wat kost een vergelijkbaar product in een gewone winkel ({names})?")

    if disclosure is None:
        ask("Can I see the company's latest income disclosure: what did all participants, including those who quit, earn last year, before and after expenses?",
            "Mag ik de laatste inkomensverklaring van het bedrijf zien: wat verdienden alle deelnemers vorig jaar, ook wie stopte, vóór en na kosten?")
    else:
        if disclosure.basis in ("active", "earners", "unknown"):
            ask("What did ALL participants earn, including those who were inactive, quit or earned nothing?",
                "Wat verdienden ALLE deelnemers, ook wie inactief was, stopte of niets verdiende?")
        if disclosure.basis == "active" and not disclosure.active_definition.strip():
            ask("How does the company define an 'active' participant in its income disclosure?",
                "Hoe definieert het bedrijf een 'actieve' deelnemer in zijn inkomensverklaring?")
        if disclosure.share_nothing_percent is None:
            ask("What share of all participants was paid nothing at all last year?",
                "Welk deel van alle deelnemers kreeg vorig jaar helemaal niets uitbetaald?")
        if disclosure.participants is None:
            ask("How many participants does the income disclosure cover?",
                "Hoeveel deelnemers beschrijft de inkomensverklaring?")

    if buys_stock(evaluation):
        if req.buyback_percent is None:
            ask("Will the company buy back unsold stock, at what share of what I paid, and for how long after I bought it?",
                "Neemt het bedrijf onverkochte voorraad terug, tegen welk deel van wat ik betaalde, en tot hoe lang na aankoop?")
        elif req.buyback_days == 0:
            ask("Within how many days after purchase does the company buy back unsold stock?",
                "Binnen hoeveel dagen na aankoop neemt het bedrijf onverkochte voorraad terug?")
    if req.cooling_off_days == 0:
        ask("How many days do I have to withdraw from the contract and get my money back?",
            "Hoeveel dagen bedenktijd heb ik om van het contract af te zien en mijn geld terug te krijgen?")
    if req.monthly_volume > 0 and not req.autoship_required:
        ask("Can I meet the monthly volume with sales to customers alone, and what happens to my pay if I don't?",
            "Kan ik het maandvolume halen met alleen verkoop aan klanten, en wat gebeurt er met mijn uitbetaling als dat niet lukt?")

    claims = offer.claims
    if claims.claimed_monthly_income is None:
        if claims.text.strip():
            ask("What does the promise you made mean in money per month, after costs, and can I have it in writing?",
                "Wat betekent je belofte in geld per maand, na kosten, en mag ik dat op papier?")
        else:
            ask("What does a typical participant earn per month, after all costs, and can I have that in writing?",
                "Wat verdient een gewone deelnemer per maand, na alle kosten, en mag ik dat op papier?")

    plan = offer_terms.of(evaluation).plan
    if not plan.kinds and not plan.ranks and offer.kind == "mlm":  # no payout plan entered
        ask("Can I have the full compensation plan in writing: what is paid on my recruits' sales and purchases?",
            "Mag ik het volledige compensatieplan op papier: wat wordt er betaald over de verkoop en aankopen van mijn rekruten?")
    if not offer.training:
        ask("Are any trainings, events or tools required or expected, and what do they cost?",
            "Zijn er trainingen, evenementen of tools verplicht of 'verwacht', en wat kosten ze?")
    if not offer_terms.offer_terms(offer).charges_fees:
        ask("Are there really no sign-up, starter-kit, monthly or renewal fees? Please confirm in writing.",
            "Zijn er echt geen inschrijfgeld, startpakket, maandelijkse of jaarlijkse kosten? Graag schriftelijk bevestigd.")
    return out
