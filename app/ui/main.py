"""Entry point for `streamlit run app/ui/main.py`: page config and navigation, nothing else."""

from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="Mockloop", page_icon=":material/timer:", layout="wide")

pages = [
    st.Page("app_pages/home.py", title="Home", icon=":material/home:", default=True),
    st.Page("app_pages/interview.py", title="Interview", icon=":material/timer:", url_path="interview"),
    st.Page("app_pages/review.py", title="Review", icon=":material/assignment:", url_path="review"),
    st.Page("app_pages/history.py", title="History", icon=":material/history:", url_path="history"),
    st.Page("app_pages/progress.py", title="Progress", icon=":material/trending_up:", url_path="progress"),
    st.Page("app_pages/join.py", title="Join as interviewer", icon=":material/group:", url_path="join"),
    st.Page("app_pages/interviewer.py", title="Interviewer", icon=":material/record_voice_over:",
            url_path="interviewer"),
]
st.navigation(pages).run()
