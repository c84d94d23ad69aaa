"""Screenshots of every editor section for review and the README (not a test).

    xvfb-run -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        python tests/gui/editor/screenshots.py OUT [SCALE]

Fills a fictional Category 3 domestic-abuse referral, then grabs the window at 1280x720 on each section.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path


def fictional_referral():
    from mappa_desktop.core.referral import (
        AgencyInvolvement,
        MaracCase,
        Referral,
        RfgScore,
        VictimRecord,
    )

    r = Referral()
    s = r.subject
    s.given_names, s.family_name = "Daniel", "Price"
    s.date_of_birth = dt.date(1988, 4, 12)
    s.gender, s.ethnicity, s.preferred_language = "Male", "White: Welsh", "English"
    s.pnc_id = None
    o = r.offence
    o.description = "Assault occasioning actual bodily harm on a partner (non-fatal strangulation)"
    o.offence_class, o.finding, o.outcome = "specified_violent", "convicted", "community_order"
    o.serious_harm_offence = True
    o.sentence_description = "Community order, 24 months, with a building better relationships requirement"
    o.conviction_date = dt.date(2026, 6, 3)
    o.brief_details = ["Strangled partner during an argument about contact", "Threats to kill sent by text"]
    r.custody.in_custody = False
    r.custody.order_end_date = dt.date(2028, 6, 2)
    r.risk.sex_offender_notification = False
    r.risk.ct_notification = False
    r.risk.terrorism_risk = False
    r.risk.rosh = "high"
    r.risk.risk_to_whom = "Current and future partners; children in the household"
    d = r.domestic_abuse
    d.domestic_abuse = True
    d.victims = [
        VictimRecord(
            label="V1",
            dash_score=17,
            dash_date=dt.date(2026, 5, 20),
            risk_indicators=["non_fatal_strangulation", "threats_to_kill", "separation"],
            heard_at_marac=True,
            marac_last_referred=dt.date(2026, 5, 28),
            marac_last_heard=dt.date(2026, 6, 11),
        ),
        # A new partner: a serial perpetrator's new victim is never covered by the first victim's MARAC.
        VictimRecord(label="V2", incidents_12m=3, assessed_high_risk=True),
    ]
    d.marac_cases = [MaracCase(reference="MARAC/26/0412", hearing_date=dt.date(2026, 6, 11), repeat=False)]
    d.matac_adopted = False
    d.matac_reference = "MATAC-NW-0193"
    d.rfg_score = RfgScore(value=46, source="Force MATAC analyst", date=dt.date(2026, 7, 1))
    d.iom_cohort = "flex"
    r.agencies = [AgencyInvolvement(agency="Probation Service", contact="J. Morgan", role="Offender manager")]
    r.referrer.name, r.referrer.agency = "Sam Hughes", "Probation Service"
    r.reason.reason = (
        "High risk of serious harm to partners; MARAC holds the victim's plan but not the perpetrator"
    )
    r.reason.multi_agency_management_needed = True
    r.reason.visor_record = False
    return r


def main(out: Path) -> None:
    os.environ.setdefault("MAPPA_DESKTOP_DATA", tempfile.mkdtemp())
    from PySide6.QtWidgets import QApplication, QWidget

    from mappa_desktop.core.store import Store
    from mappa_desktop.gui.app import create_application
    from mappa_desktop.gui.main_window import MainWindow

    app = create_application()
    out.mkdir(parents=True, exist_ok=True)
    store = Store.open(Path(tempfile.mkdtemp()) / "shots.sqlite3")
    referral = store.new_referral(fictional_referral(), actor="sam.hughes")
    window = MainWindow(store, actor="sam.hughes", autosave_delay_ms=50)
    window.resize(1280, 720)
    window.show()
    window.select_referral(referral.id)
    editor = window.editor
    editor.panel.expanded.update({"category"})
    editor.reevaluate()

    def shot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / f"editor-{name}.png"))

    shot("with-list")
    editor.ui.listToggle.setChecked(True)
    for page in editor.pages():
        editor.show_section(page.section_id)
        shot(page.section_id)
    editor.show_section("domestic_abuse")
    page = editor.page("domestic_abuse")
    victims = page.findChild(QWidget, "victimsEditor")
    top = victims.mapTo(page.ui.scrollArea.widget(), victims.rect().topLeft()).y()
    page.ui.scrollArea.verticalScrollBar().setValue(top - 40)
    victims.list.setCurrentRow(1)
    shot("domestic_abuse-victims")
    page.ui.scrollArea.verticalScrollBar().setValue(10_000)
    shot("domestic_abuse-end")
    editor.panel.verticalScrollBar().setValue(10_000)
    shot("panel-end")
    from mappa_desktop.gui.editor.dialogs import OfficerChoice

    editor.page("reason").questions.widgets["senior_oversight_needed"].set_value(False)
    editor.page("reason").questions.widgets["high_public_interest"].set_value(False)
    editor.reevaluate()
    editor.acknowledge_prompt("cat3_domestic_abuse", "Referral made as Category 3; MARAC informed")
    editor.record_override(
        OfficerChoice(None, 3, "Escalating strangulation and threats to kill: senior oversight needed")
    )
    editor.panel.expanded.clear()
    editor.reevaluate()
    editor.show_section("domestic_abuse")
    editor.panel.verticalScrollBar().setValue(0)
    shot("decision")
    blank = store.new_referral(actor="sam.hughes")
    window.reload_drafts(blank.id)
    window.select_referral(blank.id)
    editor.show_section("check")
    shot("blank-check")
    editor.show_section("offence")
    shot("blank-offence")
    window.close()
    store.close()
    QApplication.processEvents()


if __name__ == "__main__":
    if len(sys.argv) > 2:
        os.environ["MAPPA_DESKTOP_TEXT_SCALE"] = sys.argv[2]
    main(Path(sys.argv[1]))
