"""Screenshots of the editor's payout page with a hybrid version-2 plan, in Dutch, at 1400x900 and
1024x768, into docs/screenshots/ (editor-plan-nl.png, editor-plan-nl-1024.png).

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_plan_editor.py
(or on a virtual screen with xvfb-run). Uses a throw-away library and settings.
"""

from __future__ import annotations


from shots import OUT, ROOT, settle  # noqa: E402,I001  (first: it sets the environment Qt reads)


from evaluator.core import fileformat  # noqa: E402
from evaluator.ui.app import create_main_window, ensure_app, install_translators  # noqa: E402
from evaluator.ui.settings import AppSettings  # noqa: E402

# A unilevel with compression and rank-dependent depth, a recruit bonus and a rank bonus.
HYBRID = {
    "format": "opportunity-evaluation", "version": 2,
    "offer": {
        "name": "Hybride plan", "company": "Voorbeeld BV", "kind": "mlm", "currency": "EUR",
        "fees": {"signup": 49, "monthly": 15},
        "products": [{"name": "Pakket", "wholesale_price": 60, "retail_price": 85, "volume": 50}],
        "payout": {
            "retail_mode": "margin", "retail_commission_percent": 0,
            "ranks": [
                {"name": "Consultant", "personal_volume": 50, "group_volume": 0, "legs": 0, "leg_volume": 0},
                {"name": "Manager", "personal_volume": 100, "group_volume": 1000, "legs": 2, "leg_volume": 200},
                {"name": "Director", "personal_volume": 100, "group_volume": 5000, "legs": 3, "leg_volume": 1000},
            ],
            "components": [
                {"type": "unilevel", "levels": [8, 5, 3], "basis": "all_volume", "compression": "dynamic",
                 "depth_by_rank": {"Consultant": 1, "Manager": 2, "Director": 3}},
                {"type": "recruit_bonus", "amounts": [25, 10]},
                {"type": "rank_bonus", "amount_by_rank": {"Manager": 100, "Director": 400}},
            ],
        },
    },
}


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    ensure_app()
    settings = AppSettings()
    settings.language_choice = "nl"
    install_translators("nl")
    window = create_main_window(settings=settings)
    window.set_language("nl")
    window.new_evaluation()
    window.editor.load_evaluation(fileformat.from_data(HYBRID))
    window.show()
    for (width, height), name in (((1400, 900), "editor-plan-nl.png"),
                                  ((1024, 768), "editor-plan-nl-1024.png")):
        window.resize(width, height)
        window.move(0, 0)
        window.editor.show_page("payout")
        settle()
        page = window.editor.pages[window.editor.page_index("payout")]
        # scrolled to the plan's components, the part this page is about
        label = window.editor.plan_editor.components_label
        page.widget.verticalScrollBar().setValue(label.mapTo(page.inner, label.rect().topLeft()).y() - 260)
        settle()
        wide = page.widget.horizontalScrollBar().maximum()
        window.grab().save(str(OUT / name))
        print("wrote", (OUT / name).relative_to(ROOT), f"(horizontal scroll: {wide} px)")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
