from recordskit.cli import main

main()
