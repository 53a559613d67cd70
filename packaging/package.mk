# Packaging targets, included by the top-level Makefile.
#   make package          one-folder bundle dist/opportunity-evaluator/ + .tar.gz, then a headless smoke test
#   make package-smoke    the smoke test again, on the bundle already built
#   make wheel            dist/opportunity_evaluator-<version>-py3-none-any.whl
#   make install-desktop  install the bundle for the current user (menu entry, icon, .oppeval type)
#   make uninstall-desktop
#   make icons            re-render resources/icons/*.png from the SVG
# See docs/packaging.md.

PKGSTAMP := $(VENV)/.installed-package
BUNDLE   := dist/opportunity-evaluator

.PHONY: package package-bundle package-smoke wheel install-desktop uninstall-desktop icons

$(PKGSTAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q -e '.[package]'
	touch $(STAMP) $@

package: package-bundle package-smoke

package-bundle: $(PKGSTAMP)
	@start=$$(date +%s); \
	rm -rf $(BUNDLE) build/pyinstaller && \
	QT_QPA_PLATFORM=offscreen MPLBACKEND=Agg $(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/opportunity-evaluator.spec && \
	$(PY) packaging/bundle_tools.py tarball $(BUNDLE) && \
	echo "package: bundle $(BUNDLE) ($$(du -sh $(BUNDLE) | cut -f1)) built in $$(( $$(date +%s) - start )) s"

package-smoke:
	$(PY) packaging/bundle_tools.py smoke $(BUNDLE)

wheel: $(PKGSTAMP)
	$(PIP) wheel --no-deps -q -w dist .
	@ls -l dist/*.whl

install-desktop:
	packaging/linux/install.sh --bundle $(BUNDLE)

uninstall-desktop:
	packaging/linux/uninstall.sh

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py
