from guide.cli import main

if __name__ == "__main__":  # guarded: import workers re-import the main module
    raise SystemExit(main())
