"""The HTML of the sign-in page: pick who you are among the seat holders (or type an id or
e-mail), then allow or cancel. Plain HTML, no script: it works in any browser and answers to a
plain form POST."""

import html

from fastapi.responses import HTMLResponse
from sqlalchemy import Connection, select

from linkedin_sandbox import db
from linkedin_sandbox.errors import ApiError
from linkedin_sandbox.world import Member, all_contracts, member_by_id, seats_of_member


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    document = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; color: #1d2226; }}
h1 {{ color: #0a66c2; font-size: 1.5rem; }} .error {{ color: #b24020; }}
label {{ display: block; margin: .3rem 0; }} small {{ color: #5e6d77; }}
button {{ margin: 1rem .5rem 0 0; padding: .5rem 1.2rem; border-radius: 1rem; }}
</style></head><body><h1>LinkedIn sandbox</h1>{body}</body></html>"""
    return HTMLResponse(document, status_code=status)


def sign_in_form(
    conn: Connection, fields: dict[str, str], error: str | None = None
) -> HTMLResponse:
    names = {c.id: c.name for c in all_contracts(conn)}
    seat_holders: list[tuple[Member, str]] = []
    for row in conn.execute(select(db.seats.c.member_id).distinct()):
        member = member_by_id(conn, row.member_id)
        if member is None:
            continue
        seats = seats_of_member(conn, member.id)
        roles = ", ".join(
            f"{s.role.lower()} on {names.get(s.contract_id, s.contract_id)}" for s in seats
        )
        seat_holders.append((member, roles))
    seat_holders.sort(key=lambda pair: pair[0].name)
    hidden = "".join(
        f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
        for k, v in fields.items()
    )
    choices = "".join(
        f'<label><input type="radio" name="member" value="{html.escape(m.id)}"> '
        f"{html.escape(m.name)} <small>{html.escape(m.email or '')} - {html.escape(roles)}</small>"
        "</label>"
        for m, roles in seat_holders
    )
    message = f'<p class="error">{html.escape(error)}</p>' if error else ""
    body = f"""<p>Sign in to allow this application to use your LinkedIn Recruiter account.</p>
{message}<form method="post" action="/oauth/v2/authorization">{hidden}
<fieldset><legend>Who are you?</legend>{choices}
<label>Another member (id or e-mail): <input name="member_other"></label></fieldset>
<button name="decision" value="allow" type="submit">Sign in and allow</button>
<button name="decision" value="cancel" type="submit">Cancel</button></form>"""
    return _page("Sign in - LinkedIn sandbox", body, 400 if error else 200)


def error_page(error: ApiError) -> HTMLResponse:
    body = f'<p class="error">Sign-in cannot start: {html.escape(error.message)}</p>'
    return _page("Sign-in error - LinkedIn sandbox", body, error.status)
