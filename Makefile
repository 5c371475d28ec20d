# The two commands a newcomer needs (see README.md). Both install what is missing first.
.PHONY: run test build setup

run:
	scripts/run.sh

test:
	scripts/test.sh

build:
	scripts/setup.sh
	scripts/build.sh

setup:
	scripts/setup.sh --test
