# Read by cpack for each package. Every Accueil package's description starts with its own
# summary line; CPackDeb would put the project's summary above it unless it is CPack's default.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
