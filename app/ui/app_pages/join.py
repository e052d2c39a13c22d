"""Join: a partner types the candidate's code and becomes the interviewer of that loop."""

from __future__ import annotations

import streamlit as st

from app.sessions.service import SessionError
from app.ui.state import INTERVIEWER_PAGE, get_service, open_page

service = get_service()
st.title("Join as interviewer")
st.write("Your partner started a pair interview and gave you a short code. Type it to see their "
         "code as they type, the reference solution, every test, the hints and the rubric.")
code = st.text_input("Join code", value=st.query_params.get("code", ""), max_chars=12, key="join_code")
if st.button("Join", key="join_go", type="primary", disabled=not code.strip()):
    try:
        sid, token = service.join(code)
    except SessionError as exc:
        st.error(str(exc))
    else:
        open_page(INTERVIEWER_PAGE, sid, token)
