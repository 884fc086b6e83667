"""A batch of 1,000 enrolments, killed with SIGKILL half-way: every person gets exactly one job,
and their enrolment email arrives at the SMTP sink once (twice at most for the one email whose
SMTP exchange the kill cut off).

1,000 people are made over the API; one batch credential binding job asks for all of their
enrolment emails. While the server makes the jobs in the background it is killed with SIGKILL,
started again on the same database, and must finish the batch by itself.

Run with KEYBOUND_BIN set (and DATABASE_URL for PostgreSQL):  python3 tests/outside/batch_enrolment.py
"""

import collections
import email
import os
import time

from keybound import Keybound

PEOPLE = 1000


def wait_for(what, check, seconds):
    deadline = time.time() + seconds
    while True:
        value = check()
        if value:
            return value
        if time.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def batch_of(kb, batch_id):
    status, answer = kb.call("GET", f"{kb.realm_path}/batch-credential-binding-jobs/{batch_id}")
    assert status == 200, (status, answer)
    return answer["batch_credential_binding_job"]


def recipients(maildir):
    """How many messages each address received."""
    counts = collections.Counter()
    folder = os.path.join(maildir, "new")
    for name in os.listdir(folder) if os.path.isdir(folder) else []:
        with open(os.path.join(folder, name), "rb") as f:
            message = email.message_from_binary_file(f)
        counts[message["To"].split("<")[-1].rstrip(">").strip()] += 1
    return counts


def main():
    kb = Keybound(smtp=True)
    kb.start()
    try:
        status, config = kb.call("POST", f"{kb.realm_path}/authenticator-configs",
                                 {"authenticator_config": {"config": {"type": "hosted_web"}}})
        assert status == 200, (status, config)
        ids = []
        for i in range(PEOPLE):
            username = f"batch{i:04}"
            body = {"identity": {"display_name": f"Batch {i}", "traits": {
                "type": "traits_v0", "username": username, "primary_email_address": f"{username}@example.com"}}}
            status, made = kb.call("POST", f"{kb.realm_path}/identities", body)
            assert status == 200, (status, made)
            ids.append(made["id"])
        body = {"batch_credential_binding_job": {"identity_ids": ids, "job_template": {
            "delivery_method": "EMAIL", "authenticator_config_id": config["id"]}}}
        status, answer = kb.call("POST", f"{kb.realm_path}/batch-credential-binding-jobs", body, timeout=60)
        assert status == 200, (status, answer)
        batch_id = answer["batch_credential_binding_job"]["id"]

        # Half-way through, the power goes.
        wait_for("a third of the jobs", lambda: batch_of(kb, batch_id)["created"] >= PEOPLE // 3, 120)
        kb.kill()
        kb.start()
        def finished():
            batch = batch_of(kb, batch_id)
            return batch if batch["state"] == "COMPLETE" else None

        done = wait_for("the batch to finish after the restart", finished, 180)
        assert (done["created"], done["failed"], done["pending"]) == (PEOPLE, 0, 0), done

        # One job each.
        jobs, token = collections.Counter(), None
        while True:
            query = "?page_size=200" + (f"&page_token={token}" if token else "")
            status, page = kb.call("GET", f"{kb.realm_path}/identities/-/credential-binding-jobs{query}")
            assert status == 200, (status, page)
            jobs.update(job["identity_id"] for job in page["credential_binding_jobs"])
            token = page.get("next_page_token")
            if not token:
                break
        assert len(jobs) == PEOPLE and max(jobs.values()) == 1, jobs.most_common(3)

        # Every email arrives; at most the one cut off mid-exchange arrives twice.
        maildir = os.path.join(kb.data_dir, "mail")
        def all_arrived():
            counts = recipients(maildir)
            return counts if len(counts) == PEOPLE else None

        counts = wait_for("1,000 addresses at the sink", all_arrived, 180)
        twice = [address for address, n in counts.items() if n > 1]
        assert len(twice) <= 1 and max(counts.values()) <= 2, twice
        print(f"1,000 jobs made once each across a SIGKILL; {sum(counts.values())} emails to "
              f"{len(counts)} addresses ({len(twice)} sent twice)")
    finally:
        kb.stop()


if __name__ == "__main__":
    main()
