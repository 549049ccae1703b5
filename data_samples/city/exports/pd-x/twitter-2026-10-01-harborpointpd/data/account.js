window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "socialmedia+harborpointpd@harborpoint.example.org",
      "createdVia" : "web",
      "username" : "harborpointpd",
      "accountId" : "1295000015",
      "createdAt" : "2012-11-20T16:00:00.000Z",
      "accountDisplayName" : "Harbor Point Police (synthetic)"
    }
  }
]
