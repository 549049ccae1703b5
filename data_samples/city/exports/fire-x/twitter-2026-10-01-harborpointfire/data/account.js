window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "socialmedia+harborpointfire@harborpoint.example.org",
      "createdVia" : "web",
      "username" : "HarborPointFire",
      "accountId" : "1296000018",
      "createdAt" : "2024-02-01T16:00:00.000Z",
      "accountDisplayName" : "Harbor Point Fire (synthetic)"
    }
  }
]
