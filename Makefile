# Bantin: `make demo` serves the demo portal, `make test` runs the whole test suite.
# Both create .venv if missing and reinstall only when pyproject.toml changes.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: install demo test bench bench-load messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	mkdir -p var
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput -v0
	$(BIN)/python manage.py seed_demo --port $(PORT)
	$(BIN)/python manage.py seed_newsroom_demo
	$(BIN)/python manage.py seed_engagement_demo
	$(BIN)/python manage.py seed_library_demo
	$(BIN)/python manage.py seed_briefings_demo
	$(BIN)/python manage.py rebuild_search_index
	WAGTAILADMIN_BASE_URL=http://$(HOST):$(PORT) $(BIN)/python manage.py ensure_admin
	$(BIN)/python manage.py seed_accounts_demo
	@echo "Cổng chạy thử: http://$(HOST):$(PORT)/  (trang Đảng ủy Khối: http://dangbokhoi.localhost:$(PORT)/)"
	# The scheduler publishes what editors schedule; it stops when the server stops.
	$(BIN)/python manage.py run_scheduler & scheduler=$$!; \
	trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The portal under load beside nginx (bench/portal_speed.py): PostgreSQL, Redis, root for apt.
bench: install
	$(BIN)/python bench/portal_speed.py $(BENCH_ARGS)

# Ten times make bench's load for a minute while readers are counted, vote and send feedback:
# every accepted write must be stored (bench/load_without_loss.py).
bench-load: install
	$(BIN)/python bench/load_without_loss.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var test-artifacts

# Refresh the Vietnamese catalogue after changing strings (needs GNU gettext).
messages: install
	$(BIN)/python manage.py makemessages -l vi --no-location --no-obsolete --ignore=.venv --ignore=node_modules --ignore=var --ignore=tests --ignore=test-artifacts
	$(BIN)/python manage.py compilemessages --ignore=.venv
